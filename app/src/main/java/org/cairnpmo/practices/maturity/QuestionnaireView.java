package org.cairnpmo.practices.maturity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.platform.Versioned;

/**
 * A questionnaire as it is shown. {@code inUse}: an assessment uses it, so it is frozen; a change
 * is a copy.
 */
public record QuestionnaireView(
    long id,
    String name,
    String description,
    Long previousId,
    boolean inUse,
    List<QuestionView> questions,
    long version,
    Instant updatedAt,
    String updatedBy)
    implements Versioned.Entry {

  /** One question, with the descriptor of each level (level 1 first). */
  public record QuestionView(
      long id, int position, MaturityArea area, String text, List<String> levels) {

    public String areaLabel() {
      return area.label();
    }
  }

  /** The questions of each area, in the areas' order; areas without questions are left out. */
  public Map<MaturityArea, List<QuestionView>> byArea() {
    Map<MaturityArea, List<QuestionView>> byArea = new EnumMap<>(MaturityArea.class);
    questions.forEach(q -> byArea.computeIfAbsent(q.area(), a -> new ArrayList<>()).add(q));
    return byArea;
  }

  static QuestionnaireView of(Questionnaire q, boolean inUse) {
    return new QuestionnaireView(
        q.getId(),
        q.getName(),
        q.getDescription(),
        q.getPreviousId(),
        inUse,
        q.getQuestions().stream()
            .map(
                question ->
                    new QuestionView(
                        question.getId(),
                        question.getPosition(),
                        question.getArea(),
                        question.getText(),
                        question.levels()))
            .toList(),
        q.getVersion(),
        q.getUpdatedAt(),
        q.getUpdatedBy());
  }
}
