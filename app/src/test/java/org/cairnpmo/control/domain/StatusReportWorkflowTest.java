package org.cairnpmo.control.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.control.Rag;
import org.cairnpmo.control.RatingDimension;
import org.cairnpmo.control.ReportStatus;
import org.cairnpmo.control.domain.SuggestedRatings.DimensionSuggestion;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class StatusReportWorkflowTest {

  private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
  private static final ReportPeriod PERIOD =
      new ReportPeriod(
          LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 24));

  /** The rules suggest green for schedule and overall, nothing for the rest. */
  private static final SuggestedRatings SUGGESTED =
      new SuggestedRatings(
          LocalDate.of(2026, 11, 26),
          List.of(),
          List.of(
              new DimensionSuggestion(RatingDimension.OVERALL, Rag.GREEN, List.of()),
              new DimensionSuggestion(RatingDimension.SCHEDULE, Rag.GREEN, List.of()),
              new DimensionSuggestion(RatingDimension.COST, null, List.of()),
              new DimensionSuggestion(RatingDimension.SCOPE, null, List.of()),
              new DimensionSuggestion(RatingDimension.RESOURCES, null, List.of()),
              new DimensionSuggestion(RatingDimension.RISK, null, List.of())));

  private static StatusReportData data(Rag schedule, String scheduleReason, String summary) {
    return new StatusReportData(
        null,
        null,
        Rag.GREEN,
        schedule,
        Rag.AMBER,
        Rag.GREEN,
        Rag.GREEN,
        Rag.GREEN,
        null,
        scheduleReason,
        null,
        null,
        null,
        null,
        summary,
        null,
        null,
        null,
        null);
  }

  private static StatusReport draft(StatusReportData data) {
    return StatusReport.draft(1L, PERIOD, data, SUGGESTED, "pm", NOW);
  }

  @Test
  void a_new_report_is_a_draft_for_its_period() {
    StatusReport report = draft(data(Rag.GREEN, null, null));

    assertThat(report.getStatus()).isEqualTo(ReportStatus.DRAFT);
    assertThat(report.period()).isEqualTo(PERIOD);
    assertThat(report.rating(RatingDimension.SCHEDULE).suggested()).isEqualTo(Rag.GREEN);
    assertThat(report.rating(RatingDimension.COST).suggested()).isNull();
    assertThat(report.getEvents()).extracting(ReportEvent::action).containsExactly("CREATED");
  }

  @Test
  void a_draft_cannot_be_submitted_without_a_summary_or_every_rating() {
    StatusReport report =
        draft(
            new StatusReportData(
                null, null, Rag.GREEN, null, null, null, null, null, null, null, null, null, null,
                null, " ", null, null, null, null));

    assertThatThrownBy(() -> report.submit("pm", NOW))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidInputException.FieldProblem::field)
                    .containsExactly("schedule", "cost", "scope", "resources", "risk", "summary"));
    assertThat(report.getStatus()).isEqualTo(ReportStatus.DRAFT);
  }

  @Test
  void a_rating_other_than_the_suggested_one_needs_a_reason() {
    StatusReport report = draft(data(Rag.RED, null, "Late"));

    assertThatThrownBy(() -> report.submit("pm", NOW))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.field()).isEqualTo("scheduleReason");
                          assertThat(p.message()).contains("red").contains("green");
                        }));

    // Cost differs from nothing (no suggestion), so it needs no reason.
    report.revise(data(Rag.RED, "The vendor slipped two weeks", "Late"), SUGGESTED, "pm", NOW);
    report.submit("pm", NOW);
    assertThat(report.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
    assertThat(report.getSubmittedBy()).isEqualTo("pm");
    assertThat(report.rating(RatingDimension.SCHEDULE).overrides()).isTrue();
  }

  @Test
  void a_submitted_report_is_reviewed_or_returned_and_is_no_longer_changed() {
    StatusReport report = draft(data(Rag.GREEN, null, "Fine"));
    report.submit("pm", NOW);

    assertThatThrownBy(() -> report.revise(data(Rag.GREEN, null, "x"), SUGGESTED, "pm", NOW))
        .isInstanceOf(BusinessRuleException.class);
    assertThatThrownBy(() -> report.submit("pm", NOW)).isInstanceOf(BusinessRuleException.class);
    assertThatThrownBy(() -> report.returnToDraft(" ", "pmo", NOW))
        .isInstanceOf(InvalidInputException.class);

    report.returnToDraft("Explain the cost rating", "pmo", NOW);
    assertThat(report.getStatus()).isEqualTo(ReportStatus.DRAFT);
    assertThat(report.getSubmittedAt()).isNull();
    assertThat(report.getReviewComment()).isEqualTo("Explain the cost rating");
    assertThatThrownBy(() -> report.review(null, "pmo", NOW))
        .isInstanceOf(BusinessRuleException.class);

    report.submit("pm", NOW);
    report.review("Thanks", "pmo", NOW);
    assertThat(report.getStatus()).isEqualTo(ReportStatus.REVIEWED);
    assertThat(report.getReviewedBy()).isEqualTo("pmo");
    assertThatThrownBy(() -> report.review(null, "pmo", NOW))
        .isInstanceOf(BusinessRuleException.class);
    assertThatThrownBy(() -> report.returnToDraft("No", "pmo", NOW))
        .isInstanceOf(BusinessRuleException.class);
    assertThat(report.getEvents())
        .extracting(ReportEvent::action)
        .containsExactly("CREATED", "SUBMITTED", "RETURNED", "SUBMITTED", "REVIEWED");
  }
}
