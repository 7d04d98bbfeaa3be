package org.cairnpmo.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.governance.GovernanceTestSupport;
import org.cairnpmo.governance.ProjectGovernanceView;
import org.cairnpmo.portfolio.ProposalApproved;
import org.cairnpmo.portfolio.ProposalApproved.KnownRisk;
import org.cairnpmo.projects.ProjectFromProposal;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.domain.ProjectService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A project made from an approved proposal is placed on the lifecycle of its tier, classified by
 * the proposal's budget, planned duration and gravest risk, with the approval passing a first gate
 * that is the investment decision.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProposalCarryOverTest extends GovernanceTestSupport {

  /** Levels below those of every other test's tier (level 1 is the highest tier). */
  private static final int HUGE_AND_RISKY_LEVEL = 41;

  private static final int HUGE_LEVEL = 42;

  /** Budgets no other test's tier asks for, so that these tiers (the highest) classify them. */
  private static final BigDecimal HUGE = new BigDecimal("900000000");

  @Autowired ProjectService projectService;
  @Autowired ProposalCarryOver carryOver;
  @Autowired TransactionTemplate transactions;

  private LifecycleView approvalFirst;
  private LifecycleView plain;

  @BeforeAll
  void tiers_for_huge_budgets() {
    LifecycleData data = lifecycleData("Investment " + unique(), null);
    approvalFirst =
        methodology.defineLifecycle(
            new LifecycleData(data.name(), null, data.phases(), null, true), pmo());
    plain = lifecycle(null);
    methodology.defineTier(
        new TierData(
            HUGE_AND_RISKY_LEVEL,
            "Huge and risky " + unique(),
            null,
            MatchMode.ALL,
            HUGE,
            null,
            RiskLevel.HIGH,
            approvalFirst.id(),
            null),
        pmo());
    methodology.defineTier(
        new TierData(
            HUGE_LEVEL,
            "Huge " + unique(),
            null,
            MatchMode.ALL,
            HUGE,
            null,
            null,
            plain.id(),
            null),
        pmo());
  }

  private ProposalApproved approved(String code, KnownRisk... risks) {
    // One proposal per code, far above the ids of real proposals: the register makes one
    // project per proposal, however often the approval arrives.
    return new ProposalApproved(
        1_000_000L + Math.abs((long) code.hashCode()),
        code,
        "Carried over " + code,
        null,
        null,
        null,
        null,
        LocalDate.of(2027, 1, 1),
        LocalDate.of(2028, 6, 30),
        HUGE.add(BigDecimal.TEN),
        methodology.criteria().currency(),
        List.of(),
        List.of(risks),
        List.of(),
        null);
  }

  /** The register makes the project, then announces it; governance places it after the commit. */
  private ProjectView register(ProposalApproved approved) {
    return transactions.execute(status -> projectService.registerFromProposal(approved));
  }

  private ProjectGovernanceView placedEventually(ProjectView project) {
    await().atMost(Duration.ofSeconds(20)).until(() -> gates.find(project.id(), pmo()).isPresent());
    return gates.get(project.id(), pmo());
  }

  @Test
  void the_approval_passes_a_first_gate_that_is_the_investment_decision() {
    String code = "PRO-" + unique();
    ProjectView project =
        register(approved(code, new KnownRisk("Vendor fails", 2, 2), new KnownRisk("Late", 4, 4)));

    ProjectGovernanceView placed = placedEventually(project);

    assertThat(placed.lifecycleId()).isEqualTo(approvalFirst.id());
    assertThat(placed.riskLevel()).isEqualTo(RiskLevel.HIGH);
    assertThat(placed.placedBy()).isEqualTo(GateService.ACTOR);
    assertThat(placed.gates().get(0).status()).isEqualTo(GateStatus.PASSED_ON_RECORD);
    assertThat(placed.gates().get(0).passage().note())
        .isEqualTo("Passed at the approval of " + code);
    assertThat(placed.gates().get(0).passage().recordedBy()).isEqualTo(GateService.ACTOR);
    assertThat(placed.currentGate().position()).isEqualTo(1);
  }

  @Test
  void otherwise_the_project_starts_at_the_first_phase() {
    ProjectView project = register(approved("PRO-" + unique(), new KnownRisk("Scope creep", 2, 3)));

    ProjectGovernanceView placed = placedEventually(project);

    assertThat(placed.lifecycleId()).isEqualTo(plain.id());
    assertThat(placed.riskLevel()).isEqualTo(RiskLevel.MEDIUM);
    assertThat(placed.currentGate().position()).isZero();
    assertThat(placed.gates()).allSatisfy(g -> assertThat(g.passage()).isNull());
  }

  @Test
  void a_redelivered_event_does_not_place_the_project_twice() {
    ProposalApproved approved = approved("PRO-" + unique(), new KnownRisk("Late", 5, 4));
    ProjectView project = register(approved);
    ProjectGovernanceView first = placedEventually(project);

    carryOver.on(new ProjectFromProposal(project.id(), project.code(), approved));

    ProjectGovernanceView again = gates.get(project.id(), pmo());
    assertThat(again.version()).isEqualTo(first.version());
    assertThat(again.placedAt()).isEqualTo(first.placedAt());
  }

  @Test
  void the_gravest_risk_rates_the_project() {
    assertThat(RiskLevel.ofGravest(List.of())).isEqualTo(RiskLevel.LOW);
    assertThat(RiskLevel.ofGravest(List.of(5, 1))).isEqualTo(RiskLevel.LOW);
    assertThat(RiskLevel.ofGravest(List.of(6))).isEqualTo(RiskLevel.MEDIUM);
    assertThat(RiskLevel.ofGravest(List.of(2, 14))).isEqualTo(RiskLevel.MEDIUM);
    assertThat(RiskLevel.ofGravest(List.of(15, 1))).isEqualTo(RiskLevel.HIGH);
  }
}
