package org.cairnpmo.practices.web;

import java.util.Arrays;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.cairnpmo.platform.web.EditForm;
import org.cairnpmo.platform.web.FormInput;
import org.cairnpmo.practices.LessonCategory;
import org.cairnpmo.practices.domain.LessonData;
import org.cairnpmo.practices.domain.LessonView;

/** A lesson as its form edits it: the tags as one line, separated by commas. */
@Getter
@Setter
public class LessonForm extends EditForm {

  private String title;
  private String whatHappened;
  private String impact;
  private String rootCause;
  private String recommendation;
  private String category;
  private String phase;
  private String tags;
  private boolean positive;

  static LessonForm of(LessonView lesson) {
    LessonForm form = new LessonForm();
    form.title = lesson.title();
    form.whatHappened = lesson.whatHappened();
    form.impact = lesson.impact();
    form.rootCause = lesson.rootCause();
    form.recommendation = lesson.recommendation();
    form.category = lesson.category().name();
    form.phase = lesson.phase();
    form.tags = String.join(", ", lesson.tags());
    form.positive = lesson.positive();
    form.version = lesson.version();
    return form;
  }

  LessonData toData() {
    List<String> tagList =
        tags == null
            ? List.of()
            : Arrays.stream(tags.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList();
    return new LessonData(
        title,
        whatHappened,
        impact,
        rootCause,
        recommendation,
        FormInput.choice(category, LessonCategory.class, null),
        phase,
        tagList,
        positive,
        version);
  }
}
