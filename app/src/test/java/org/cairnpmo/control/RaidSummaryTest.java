package org.cairnpmo.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.cairnpmo.control.domain.DecisionData;
import org.cairnpmo.control.domain.EscalationData;
import org.cairnpmo.control.domain.RaidSummary;
import org.cairnpmo.control.domain.RaidType;
import org.cairnpmo.identity.CurrentUser;
import org.junit.jupiter.api.Test;

/** A project's RAID summary counts its own entries only, escalated decisions included. */
class RaidSummaryTest extends ControlTestSupport {

  @Test
  void escalations_are_counted_per_project() {
    Team mine = team(false);
    Team other = team(false);
    CurrentUser manager = current(mine.manager());
    CurrentUser otherManager = current(other.manager());
    DecisionView decision = decide(mine, manager);
    escalations.escalate(
        RaidKind.DECISION,
        mine.id(),
        decision.id(),
        new EscalationData("The board must know", decision.version()),
        decision.version(),
        manager);
    DecisionView elsewhere = decide(other, otherManager);
    escalations.escalate(
        RaidKind.DECISION,
        other.id(),
        elsewhere.id(),
        new EscalationData("Also for the board", elsewhere.version()),
        elsewhere.version(),
        otherManager);
    RiskView risk = raid.logRisk(mine.id(), risk("Vendor fails", 4, 5), manager);
    escalations.escalate(
        RaidKind.RISK,
        mine.id(),
        risk.id(),
        new EscalationData(null, risk.version()),
        risk.version(),
        manager);

    RaidSummary summary = heatMaps.summary(mine.id(), manager);

    assertThat(summary.decisions()).isEqualTo(1);
    assertThat(summary.escalated()).isEqualTo(2);
    assertThat(summary.openRisks()).isEqualTo(1);
    assertThat(heatMaps.summary(other.id(), otherManager).escalated()).isEqualTo(1);
  }

  private DecisionView decide(Team t, CurrentUser manager) {
    return raid.log(
        RaidType.DECISION,
        t.id(),
        new DecisionData(
            "Go with vendor B", "Cheaper", "Steering committee", LocalDate.now(), null, null, null),
        manager);
  }
}
