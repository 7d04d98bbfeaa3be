package org.cairnpmo.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.cairnpmo.control.domain.EscalationData;
import org.cairnpmo.identity.CurrentUser;
import org.junit.jupiter.api.Test;

/** Escalating or taking back an entry answers that entry's own view, as it is now. */
class RaidEscalationsTest extends ControlTestSupport {

  @Test
  void an_escalated_risk_answers_as_a_risk_with_its_escalation() {
    Team t = team(false);
    CurrentUser manager = current(t.manager());
    RiskView risk = raid.logRisk(t.id(), risk("Vendor fails", 4, 5), manager);

    RaidEntryView escalated =
        escalations.escalate(
            RaidKind.RISK,
            t.id(),
            risk.id(),
            new EscalationData("The board must know", risk.version()),
            risk.version(),
            manager);

    assertThat(escalated).isInstanceOf(RiskView.class);
    RiskView view = (RiskView) escalated;
    assertThat(view.id()).isEqualTo(risk.id());
    assertThat(view.projectId()).isEqualTo(t.id());
    assertThat(view.version()).isGreaterThan(risk.version());
    assertThat(view.escalation().note()).isEqualTo("The board must know");

    RaidEntryView withdrawn =
        escalations.withdrawEscalation(RaidKind.RISK, t.id(), risk.id(), view.version(), manager);

    assertThat(withdrawn).isInstanceOf(RiskView.class);
    assertThat(((RiskView) withdrawn).escalation()).isNull();
  }
}
