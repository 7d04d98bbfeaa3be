package org.cairnpmo.control.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.control.IssueSeverity;
import org.cairnpmo.control.IssueStatus;
import org.cairnpmo.control.Proximity;
import org.cairnpmo.control.RiskLevel;
import org.cairnpmo.control.RiskStatus;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class RiskRulesTest {

  private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

  private static RiskData data(int p, int i, LocalDate when, Proximity proximity, RiskStatus s) {
    return new RiskData(
        "Vendor late",
        "Small vendor",
        "Delivers late",
        "Go-live slips",
        p,
        i,
        when,
        proximity,
        7L,
        null,
        List.of(
            new RiskData.ActionData("Weekly call", 7L, LocalDate.of(2026, 11, 1), false),
            new RiskData.ActionData(" ", null, null, null)),
        null,
        null,
        s,
        null);
  }

  @Test
  void a_risk_is_scored_and_keeps_only_actions_with_text() {
    Risk risk = Risk.log(1L, data(4, 5, null, Proximity.NEAR, null), 7L, "pm", NOW);

    assertThat(risk.getScore()).isEqualTo(20);
    assertThat(risk.level()).isEqualTo(RiskLevel.HIGH);
    assertThat(risk.getStatus()).isEqualTo(RiskStatus.OPEN);
    assertThat(risk.getActions()).hasSize(1);
    assertThat(risk.getActions().get(0).isOverdue(LocalDate.of(2026, 11, 26))).isTrue();
  }

  @Test
  void proximity_is_a_date_or_a_rough_band_not_both_and_residuals_come_in_pairs() {
    assertThatThrownBy(
            () ->
                Risk.log(
                    1L, data(2, 2, LocalDate.of(2027, 1, 1), Proximity.FAR, null), 7L, "pm", NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("either a date");
    RiskData half =
        new RiskData(
            "x", null, null, null, 2, 2, null, null, null, null, null, 1, null, null, null);
    assertThatThrownBy(() -> Risk.log(1L, half, 7L, "pm", NOW))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().get(0).field()).isEqualTo("residualImpact"));
  }

  @Test
  void a_risk_is_not_marked_occurred_by_hand() {
    Risk risk = Risk.log(1L, data(3, 4, null, null, null), 7L, "pm", NOW);
    assertThatThrownBy(
            () -> risk.revise(data(3, 4, null, null, RiskStatus.OCCURRED), 7L, "pm", NOW))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void a_risk_that_occurs_becomes_an_issue_and_cannot_occur_twice() {
    Risk risk = Risk.log(1L, data(3, 4, null, null, null), 7L, "pm", NOW);
    Issue issue =
        risk.occur(new OccurrenceData(null, null, null, null, null, null, 0L), 7L, "pm", NOW);

    assertThat(risk.getStatus()).isEqualTo(RiskStatus.OCCURRED);
    assertThat(issue.getTitle()).isEqualTo("Vendor late");
    assertThat(issue.getDescription()).isEqualTo("Go-live slips");
    assertThat(issue.getSeverity()).isEqualTo(IssueSeverity.MEDIUM);
    assertThat(issue.getStatus()).isEqualTo(IssueStatus.OPEN);
    assertThatThrownBy(
            () ->
                risk.occur(
                    new OccurrenceData(null, null, null, null, null, null, 0L), 7L, "pm", NOW))
        .isInstanceOf(BusinessRuleException.class);
    assertThatThrownBy(() -> risk.revise(data(3, 4, null, null, RiskStatus.OPEN), 7L, "pm", NOW))
        .isInstanceOf(InvalidInputException.class);
    risk.revise(data(3, 4, null, null, RiskStatus.CLOSED), 7L, "pm", NOW);
    assertThat(risk.getStatus()).isEqualTo(RiskStatus.CLOSED);
  }

  @Test
  void an_issue_is_overdue_while_open_past_its_due_date_and_resolving_needs_a_resolution() {
    LocalDate today = LocalDate.of(2026, 11, 26);
    Issue issue =
        Issue.log(
            1L,
            new IssueData(
                "Rig", null, IssueSeverity.HIGH, null, today.minusDays(1), null, null, null),
            7L,
            "pm",
            NOW);
    assertThat(issue.isOverdue(today)).isTrue();
    assertThat(issue.isOverdue(today.minusDays(1))).isFalse();
    assertThatThrownBy(
            () ->
                issue.revise(
                    new IssueData(
                        "Rig",
                        null,
                        IssueSeverity.HIGH,
                        null,
                        today.minusDays(1),
                        " ",
                        IssueStatus.RESOLVED,
                        0L),
                    7L,
                    "pm",
                    NOW))
        .isInstanceOf(InvalidInputException.class);
    issue.revise(
        new IssueData(
            "Rig",
            null,
            IssueSeverity.HIGH,
            null,
            today.minusDays(1),
            "Replaced",
            IssueStatus.RESOLVED,
            0L),
        7L,
        "pm",
        NOW);
    assertThat(issue.isOverdue(today)).isFalse();
  }

  @Test
  void escalation_is_raised_once_and_withdrawn_once() {
    Risk risk = Risk.log(1L, data(3, 4, null, null, null), 7L, "pm", NOW);
    risk.escalate(9L, "Needs the board", "pmo", NOW);

    assertThat(risk.isEscalated()).isTrue();
    assertThat(risk.getEscalatedBy()).isEqualTo(9L);
    assertThat(risk.getEscalationNote()).isEqualTo("Needs the board");
    assertThatThrownBy(() -> risk.escalate(9L, null, "pmo", NOW))
        .isInstanceOf(BusinessRuleException.class);
    risk.withdrawEscalation("pmo", NOW);
    assertThat(risk.isEscalated()).isFalse();
    assertThatThrownBy(() -> risk.withdrawEscalation("pmo", NOW))
        .isInstanceOf(BusinessRuleException.class);
  }
}
