package org.cairnpmo.practices;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.practices.domain.LessonService;
import org.springframework.stereotype.Service;

/**
 * What other modules may ask of practices: the lessons of other projects that matter for what is
 * about to happen. Changes go through the module's own pages and API, where its rules are enforced.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PracticesApi {

  /** How many lessons a suggestion list shows. */
  public static final int SUGGESTIONS = 5;

  private final LessonService lessons;

  /**
   * The {@value #SUGGESTIONS} lessons that matter most for work of this category, in this phase,
   * described by {@code text}, best first: by full-text relevance to the text (BM25, typos
   * forgiven), boosted by the same category, tags and phase. Only lessons of projects {@code
   * viewer} may see, none merged. Every part may be null.
   */
  public List<LessonSuggestion> lessonsFor(
      LessonCategory category, String phase, String text, CurrentUser viewer) {
    return lessons.relevant(category, phase, text, null, null, SUGGESTIONS, viewer);
  }

  /** As {@link #lessonsFor}, the lessons of projects of {@code departmentId} boosted. */
  public List<LessonSuggestion> lessonsFor(
      LessonCategory category,
      String phase,
      String text,
      Long departmentId,
      Long excludeProjectId,
      CurrentUser viewer) {
    return lessons.relevant(
        category, phase, text, departmentId, excludeProjectId, SUGGESTIONS, viewer);
  }

  /** As {@link #lessonsFor}, leaving out the lessons of {@code projectId} itself. */
  public List<LessonSuggestion> lessonsFor(
      LessonCategory category, String phase, String text, long projectId, CurrentUser viewer) {
    return lessons.relevant(category, phase, text, null, projectId, SUGGESTIONS, viewer);
  }
}
