package org.cairnpmo.portfolio.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.portfolio.ProposalApproved;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class ProposalRulesTest {

  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

  static ProposalData data(
      String problem, List<ProposalData.CostLine> costs, List<ProposalData.BenefitLine> benefits) {
    return new ProposalData(
        "Customer portal",
        problem,
        null,
        7L,
        3L,
        new BigDecimal("8"),
        null,
        null,
        null,
        List.of(),
        List.of(),
        costs,
        benefits,
        List.of(),
        List.of(),
        List.of(),
        null);
  }

  static ProposalData complete() {
    return data(
        "Customers phone us for everything.",
        List.of(
            new ProposalData.CostLine("2027", new BigDecimal("200000"), new BigDecimal("10000")),
            new ProposalData.CostLine("2028", null, new BigDecimal("15000"))),
        List.of(new ProposalData.BenefitLine("2028", new BigDecimal("150000"))));
  }

  static Proposal draft(ProposalData data) {
    Proposal proposal = Proposal.draft(data, 1L, "ada", NOW);
    ReflectionTestUtils.setField(proposal, "id", 42L);
    return proposal;
  }

  @Test
  void a_new_proposal_is_a_draft_of_its_author_with_defaults() {
    Proposal p = draft(complete());
    assertThat(p.getStatus()).isEqualTo(ProposalStatus.DRAFT);
    assertThat(p.isAuthoredBy(1L)).isTrue();
    assertThat(p.getCurrency()).isEqualTo("EUR");
    assertThat(p.code()).isEqualTo("PRO-0042");
    assertThat(p.totalCost()).isEqualByComparingTo("225000");
  }

  @Test
  void a_draft_cannot_be_submitted_without_a_problem_and_costs() {
    Proposal p = draft(data(null, List.of(), List.of()));
    assertThatThrownBy(() -> p.submit("ada", NOW))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidInputException.FieldProblem::field)
                    .containsExactly("problem", "costs"));
    assertThat(p.getStatus()).isEqualTo(ProposalStatus.DRAFT);
  }

  @Test
  void only_a_draft_can_be_changed() {
    Proposal p = draft(complete());
    p.submit("ada", NOW);
    assertThat(p.getSubmittedAt()).isEqualTo(NOW);
    assertThatThrownBy(() -> p.revise(complete(), "ada", NOW))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("only a draft");
  }

  @Test
  void a_proposal_cannot_be_approved_before_it_is_evaluated() {
    Proposal p = draft(complete());
    p.submit("ada", NOW);
    assertThatThrownBy(() -> p.approve(null, 11L, false, "pmo", NOW))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("cannot go from Submitted to Approved");
  }

  @Test
  void a_proposal_without_a_manager_is_approved_only_when_the_pmo_appoints_one_later() {
    Proposal p = draft(complete());
    p.submit("ada", NOW);
    p.triage(ProposalStatus.UNDER_EVALUATION, null, 5L, "pmo", NOW);
    assertThatThrownBy(() -> p.approve(null, null, false, "pmo", NOW))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().get(0).field()).isEqualTo("managerId"));
    assertThat(p.getStatus()).isEqualTo(ProposalStatus.UNDER_EVALUATION);
    p.approve(null, null, true, "pmo", NOW);
    assertThat(p.getStatus()).isEqualTo(ProposalStatus.APPROVED);
    assertThat(p.getManagerId()).isNull();
  }

  @Test
  void rejecting_or_deferring_needs_a_reason() {
    Proposal p = draft(complete());
    p.submit("ada", NOW);
    assertThatThrownBy(() -> p.triage(ProposalStatus.REJECTED, " ", 5L, "pmo", NOW))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().get(0).field()).isEqualTo("reason"));
    p.triage(ProposalStatus.DEFERRED, "Budget is committed this year", 5L, "pmo", NOW);
    assertThat(p.getStatus()).isEqualTo(ProposalStatus.DEFERRED);
    assertThat(p.getStatusReason()).isEqualTo("Budget is committed this year");
  }

  @Test
  void triage_cannot_approve_directly() {
    Proposal p = draft(complete());
    p.submit("ada", NOW);
    assertThatThrownBy(() -> p.triage(ProposalStatus.APPROVED, null, 5L, "pmo", NOW))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void evaluation_binds_the_proposal_to_the_active_criteria_set_for_good() {
    Proposal p = draft(complete());
    p.submit("ada", NOW);
    p.triage(ProposalStatus.UNDER_EVALUATION, null, 5L, "pmo", NOW);
    assertThat(p.getCriteriaSetId()).isEqualTo(5L);
    p.triage(ProposalStatus.DEFERRED, "Wait for the reorganisation", 6L, "pmo", NOW);
    p.triage(ProposalStatus.UNDER_EVALUATION, null, 6L, "pmo", NOW);
    assertThat(p.getCriteriaSetId()).isEqualTo(5L);
  }

  @Test
  void evaluation_needs_an_active_criteria_set() {
    Proposal p = draft(complete());
    p.submit("ada", NOW);
    assertThatThrownBy(() -> p.triage(ProposalStatus.UNDER_EVALUATION, null, null, "pmo", NOW))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("no active criteria set");
  }

  @Test
  void approval_records_the_decision_and_announces_the_project_to_be() {
    Proposal p = draft(complete());
    p.submit("ada", NOW);
    p.triage(ProposalStatus.UNDER_EVALUATION, null, 5L, "pmo", NOW);
    p.approve("Top of the ranking", 11L, false, "pmo", NOW);
    assertThat(p.getStatus()).isEqualTo(ProposalStatus.APPROVED);
    assertThat(p.getManagerId()).isEqualTo(11L);
    assertThat(p.getDecidedBy()).isEqualTo("pmo");
    assertThat(p.historyEntries())
        .extracting(ProposalLines.StatusChangeEntry::toStatus)
        .containsExactly(
            ProposalStatus.SUBMITTED, ProposalStatus.UNDER_EVALUATION, ProposalStatus.APPROVED);
    @SuppressWarnings("unchecked")
    var events = (java.util.Collection<Object>) ReflectionTestUtils.invokeMethod(p, "domainEvents");
    assertThat(events).hasSize(1);
    ProposalApproved approved = (ProposalApproved) events.iterator().next();
    assertThat(approved.proposalId()).isEqualTo(42L);
    assertThat(approved.code()).isEqualTo("PRO-0042");
    assertThat(approved.title()).isEqualTo("Customer portal");
    assertThat(approved.problem()).isEqualTo("Customers phone us for everything.");
    assertThat(approved.sponsorId()).isEqualTo(7L);
    assertThat(approved.departmentId()).isEqualTo(3L);
    assertThat(approved.managerId()).isEqualTo(11L);
    assertThat(approved.plannedStart()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(approved.plannedFinish()).isEqualTo(LocalDate.of(2028, 12, 31));
    assertThat(approved.budget()).isEqualByComparingTo("225000");
    assertThat(approved.currency()).isEqualTo("EUR");
    assertThat(approved.costs())
        .extracting(ProposalApproved.PlannedCost::period, ProposalApproved.PlannedCost::from)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2027", LocalDate.of(2027, 1, 1)),
            org.assertj.core.groups.Tuple.tuple("2028", LocalDate.of(2028, 1, 1)));
    assertThat(approved.costs().get(0).to()).isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(approved.costs().get(0).capex()).isEqualByComparingTo("200000");
  }

  @Test
  void approved_rejected_and_withdrawn_proposals_are_final() {
    Proposal p = draft(complete());
    p.withdraw("Merged into another proposal", "ada", NOW);
    assertThat(p.getStatus().isFinal()).isTrue();
    assertThatThrownBy(() -> p.submit("ada", NOW))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("final");
  }

  @Test
  void periods_must_be_readable_of_one_kind_and_listed_once() {
    assertThatThrownBy(
            () ->
                draft(
                    data(
                        "x",
                        List.of(
                            new ProposalData.CostLine("next year", BigDecimal.ONE, null),
                            new ProposalData.CostLine("2027", BigDecimal.ONE, null),
                            new ProposalData.CostLine("2027", BigDecimal.ONE, null)),
                        List.of())))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidInputException.FieldProblem::field)
                    .containsExactly("costs[0].period", "costs[2].period"));
    assertThatThrownBy(
            () ->
                draft(
                    data(
                        "x",
                        List.of(new ProposalData.CostLine("2027", BigDecimal.ONE, null)),
                        List.of(new ProposalData.BenefitLine("2028-Q1", BigDecimal.ONE)))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("one kind of period");
  }

  @Test
  void the_planned_finish_cannot_precede_the_start() {
    ProposalData base = complete();
    ProposalData dated =
        new ProposalData(
            base.title(),
            base.problem(),
            base.scope(),
            base.sponsorId(),
            base.departmentId(),
            base.discountRatePercent(),
            base.currency(),
            LocalDate.of(2027, 6, 1),
            LocalDate.of(2027, 5, 31),
            base.objectives(),
            base.options(),
            base.costs(),
            base.benefits(),
            base.risks(),
            base.resourceDemand(),
            base.dependencies(),
            null);
    assertThatThrownBy(() -> draft(dated))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().get(0).field()).isEqualTo("plannedFinish"));
  }
}
