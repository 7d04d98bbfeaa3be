package org.cairnpmo.practices.maturity;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cairnpmo.platform.Versioned;

/** What the maturity assessment shows of its assessments, responses and history. */
public final class AssessmentViews {

  private AssessmentViews() {}

  /** An assessment in a list. {@code myStatus}: where the viewer is, null when not invited. */
  public record Summary(
      long id,
      String name,
      String scope,
      Long departmentId,
      LocalDate heldOn,
      AssessmentStatus status,
      long questionnaireId,
      String questionnaireName,
      int respondents,
      int submitted,
      Double overall,
      MaturityLevel level,
      ResponseStatus myStatus,
      long version)
      implements Versioned.Entry {}

  /**
   * One assessment. {@code results}: null while it is open. {@code previous}: the results of the
   * latest closed assessment of the same scope held before it, for comparison (null if none).
   */
  public record Detail(
      long id,
      String name,
      String scope,
      Long departmentId,
      LocalDate heldOn,
      AssessmentStatus status,
      long questionnaireId,
      String questionnaireName,
      List<Progress> respondents,
      MaturityScores.Results results,
      Previous previous,
      ResponseStatus myStatus,
      boolean mayClose,
      boolean maySeeAnswers,
      Instant closedAt,
      String closedBy,
      long version)
      implements Versioned.Entry {

    public long submitted() {
      return respondents.stream().filter(r -> r.status() == ResponseStatus.SUBMITTED).count();
    }

    public boolean closed() {
      return status == AssessmentStatus.CLOSED;
    }
  }

  /** Where one respondent is. */
  public record Progress(long userId, String name, ResponseStatus status, Instant submittedAt) {}

  /** The assessment compared with. */
  public record Previous(long id, String name, LocalDate heldOn, MaturityScores.Results results) {}

  /** The viewer's own response: the level chosen per question id so far. */
  public record MyResponse(
      @Schema(description = "The response: the record whose history is kind maturity-response")
          long id,
      long assessmentId,
      String assessmentName,
      AssessmentStatus assessmentStatus,
      ResponseStatus status,
      List<AnswersData.Answer> answers,
      Instant submittedAt,
      long version)
      implements Versioned {

    public Integer levelOf(long questionId) {
      return answers.stream()
          .filter(a -> a.questionId() == questionId)
          .map(AnswersData.Answer::level)
          .findFirst()
          .orElse(null);
    }
  }

  /** Every respondent's submitted answers, shown after the close. */
  public record AnswerSheet(
      List<QuestionnaireView.QuestionView> questions, List<RespondentAnswers> respondents) {}

  /** One respondent's levels by question id. */
  public record RespondentAnswers(long userId, String name, Map<Long, Integer> levels) {}

  /**
   * The closed assessments of one scope, oldest first, and the trend of each area across them (one
   * score per assessment, null where it has no answer for the area).
   */
  public record History(String scope, List<Point> assessments, List<Trend> areas) {}

  public record Point(
      long id, String name, LocalDate heldOn, double overall, MaturityLevel level) {}

  public record Trend(MaturityArea area, List<Double> scores) {

    public String areaLabel() {
      return area.label();
    }

    /** The change from the first to the last score; null with fewer than two. */
    public Double change() {
      List<Double> known = scores.stream().filter(java.util.Objects::nonNull).toList();
      return known.size() < 2
          ? null
          : MaturityScores.round(known.get(known.size() - 1) - known.get(0));
    }
  }
}
