package org.cairnpmo.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cairnpmo.governance.LifecycleStatus;
import org.cairnpmo.governance.domain.LifecycleData.PhaseData;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class GateRulesTest {

  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
  private static final LocalDate NEXT_MONTH = LocalDate.of(2026, 12, 31);

  private static final CurrentUser MANAGER = user(1, Role.PROJECT_MANAGER);
  private static final CurrentUser REVIEWER = user(2, Role.MEMBER);
  private static final CurrentUser EXECUTIVE = user(3, Role.EXECUTIVE);
  private static final CurrentUser PMO = user(4, Role.PMO);
  private static final CurrentUser OUTSIDER = user(5, Role.MEMBER);
  private static final CurrentUser FINANCE = user(6, Role.RESOURCE_MANAGER);
  private static final CurrentUser ADMIN = user(7, Role.ADMIN);

  private ProjectLifecycle project;

  private static CurrentUser user(long id, Role role) {
    return new CurrentUser(id, "user" + id, "User " + id, Set.of(role));
  }

  private static PhaseData phase(String name, String gate) {
    return new PhaseData(
        name,
        null,
        gate,
        List.of("Business case approved", "Sponsor named"),
        List.of("Business case"),
        List.of(REVIEWER.id()),
        Set.of(Role.RESOURCE_MANAGER));
  }

  @BeforeEach
  void a_project_on_a_three_phase_lifecycle() {
    Lifecycle lifecycle =
        Lifecycle.define(
            new LifecycleData(
                "Standard",
                null,
                List.of(
                    phase("Initiation", "Approval"),
                    phase("Execution", "Acceptance"),
                    phase("Closure", "Closure review")),
                null),
            "pmo",
            NOW);
    project =
        ProjectLifecycle.place(
            42, lifecycle, 7L, RiskLevel.MEDIUM, ProjectLifecycle.Start.first(), "pmo", NOW);
  }

  private static Lifecycle threePhases() {
    return Lifecycle.define(
        new LifecycleData(
            "Standard",
            null,
            List.of(
                phase("Initiation", "Approval"),
                phase("Execution", "Acceptance"),
                phase("Closure", "Closure review")),
            null),
        "pmo",
        NOW);
  }

  private Gate current() {
    return project.currentGate().orElseThrow();
  }

  private Gate gate(int position) {
    return project.getGates().get(position);
  }

  private GateReview requestAndDecide(GateDecision decision, List<DecisionData.Condition> cs) {
    current().requestReview("Ready", MANAGER, NOW);
    return current().decide(decision, "Because", cs, REVIEWER, NOW);
  }

  private static DecisionData.Condition condition() {
    return new DecisionData.Condition("Hire a test lead", MANAGER.id(), NEXT_MONTH);
  }

  @Test
  void a_placed_project_is_in_its_first_phase_and_every_later_gate_waits() {
    assertThat(project.getStatus()).isEqualTo(LifecycleStatus.ACTIVE);
    assertThat(current().getPhaseName()).isEqualTo("Initiation");
    assertThat(project.getGates())
        .extracting(Gate::getStatus)
        .containsExactly(GateStatus.OPEN, GateStatus.PENDING, GateStatus.PENDING);
    assertThat(current().getChecklist())
        .extracting(GateCheck::label, GateCheck::checked)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Business case approved", false),
            org.assertj.core.groups.Tuple.tuple("Sponsor named", false));
  }

  @Test
  void a_project_brought_in_mid_way_starts_at_its_phase_with_the_earlier_gates_passed_on_record() {
    ProjectLifecycle underWay =
        ProjectLifecycle.place(
            43, threePhases(), 7L, RiskLevel.LOW, new ProjectLifecycle.Start(2, null), "pmo", NOW);

    assertThat(underWay.currentGate().orElseThrow().getPhaseName()).isEqualTo("Closure");
    assertThat(underWay.getGates())
        .extracting(Gate::getStatus)
        .containsExactly(GateStatus.PASSED_ON_RECORD, GateStatus.PASSED_ON_RECORD, GateStatus.OPEN);
    assertThat(underWay.getGates().get(0).getPassage())
        .isEqualTo(new GatePassage("Passed before Cairn", "pmo", NOW));
    assertThat(underWay.getGates().get(0).getReviews()).isEmpty();
    assertThat(underWay.getGates().get(2).getPassage()).isNull();
  }

  @Test
  void a_project_cannot_start_at_a_phase_its_lifecycle_does_not_have() {
    assertThatThrownBy(
            () ->
                ProjectLifecycle.place(
                    44,
                    threePhases(),
                    7L,
                    RiskLevel.LOW,
                    new ProjectLifecycle.Start(3, null),
                    "pmo",
                    NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("numbered from 0 to 2");
  }

  @Test
  void a_gate_cannot_be_passed_without_a_recorded_decision() {
    current().requestReview("Ready", MANAGER, NOW);

    assertThat(current().getPhaseName()).isEqualTo("Initiation");
    assertThat(current().getStatus()).isEqualTo(GateStatus.REVIEW_REQUESTED);
    assertThatThrownBy(() -> gate(1).decide(GateDecision.GO, "Skip ahead", List.of(), PMO, NOW))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("not at the gate 'Acceptance'");
    assertThatThrownBy(() -> gate(1).requestReview("Early", MANAGER, NOW))
        .isInstanceOf(BusinessRuleException.class);
  }

  @Test
  void a_gate_is_decided_only_after_its_review_was_requested() {
    assertThatThrownBy(() -> current().decide(GateDecision.GO, "Fine", List.of(), PMO, NOW))
        .isInstanceOf(BusinessRuleException.class)
        .extracting(e -> ((BusinessRuleException) e).code())
        .isEqualTo("no-review-requested");
  }

  @Test
  void go_moves_the_project_into_the_next_phase() {
    GateReview review = requestAndDecide(GateDecision.GO, List.of());

    assertThat(review.getDecision()).isEqualTo(GateDecision.GO);
    assertThat(review.getDecidedBy()).isEqualTo("user2");
    assertThat(review.getDecidedAs()).isEqualTo("Reviewer");
    assertThat(review.getDecidedAt()).isEqualTo(NOW);
    assertThat(gate(0).getStatus()).isEqualTo(GateStatus.PASSED);
    assertThat(current().getPhaseName()).isEqualTo("Execution");
    assertThat(current().getStatus()).isEqualTo(GateStatus.OPEN);
  }

  @Test
  void go_with_conditions_moves_the_project_on_and_keeps_the_conditions() {
    GateReview review = requestAndDecide(GateDecision.GO_WITH_CONDITIONS, List.of(condition()));

    assertThat(current().getPhaseName()).isEqualTo("Execution");
    assertThat(review.getConditions())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getDescription()).isEqualTo("Hire a test lead");
              assertThat(c.getOwnerId()).isEqualTo(MANAGER.id());
              assertThat(c.getDueDate()).isEqualTo(NEXT_MONTH);
              assertThat(c.isMet()).isFalse();
            });
  }

  @Test
  void go_with_conditions_requires_at_least_one_condition() {
    current().requestReview("Ready", MANAGER, NOW);

    assertThatThrownBy(
            () ->
                current()
                    .decide(GateDecision.GO_WITH_CONDITIONS, "Mostly fine", List.of(), PMO, NOW))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).problems())
                    .extracting(InvalidInputException.FieldProblem::field)
                    .containsExactly("conditions"));
    assertThat(current().getStatus()).isEqualTo(GateStatus.REVIEW_REQUESTED);
    assertThat(current().openReview()).isPresent();
  }

  @Test
  void only_a_go_with_conditions_carries_conditions() {
    current().requestReview("Ready", MANAGER, NOW);

    assertThatThrownBy(
            () -> current().decide(GateDecision.GO, "Fine", List.of(condition()), PMO, NOW))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void a_condition_cannot_be_due_before_the_decision() {
    current().requestReview("Ready", MANAGER, NOW);
    var late = new DecisionData.Condition("Too late", MANAGER.id(), LocalDate.of(2026, 11, 25));

    assertThatThrownBy(
            () ->
                current().decide(GateDecision.GO_WITH_CONDITIONS, "Fine", List.of(late), PMO, NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("past");
  }

  @Test
  void every_decision_needs_a_rationale() {
    current().requestReview("Ready", MANAGER, NOW);

    assertThatThrownBy(() -> current().decide(GateDecision.GO, "  ", List.of(), PMO, NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("rationale");
  }

  @Test
  void hold_keeps_the_project_waiting_at_the_gate_until_a_new_review_is_requested() {
    requestAndDecide(GateDecision.HOLD, List.of());

    assertThat(current().getPhaseName()).isEqualTo("Initiation");
    assertThat(current().getStatus()).isEqualTo(GateStatus.ON_HOLD);
    assertThat(current().openReview()).isEmpty();

    current().requestReview("Funding confirmed", MANAGER, NOW);
    current().decide(GateDecision.GO, "Funding is there now", List.of(), EXECUTIVE, NOW);

    assertThat(current().getPhaseName()).isEqualTo("Execution");
    assertThat(gate(0).getReviews())
        .extracting(GateReview::getDecision)
        .containsExactly(GateDecision.HOLD, GateDecision.GO);
  }

  @Test
  void recycle_sends_the_project_back_into_the_same_phase_for_rework() {
    requestAndDecide(GateDecision.RECYCLE, List.of());

    assertThat(current().getPhaseName()).isEqualTo("Initiation");
    assertThat(current().getStatus()).isEqualTo(GateStatus.OPEN);
    current()
        .updateChecklist(
            new ChecklistData(
                List.of(new ChecklistData.Check(0, true, "Reworked")), List.of(), null),
            MANAGER,
            NOW);
    assertThat(current().getChecklist().get(0).note()).isEqualTo("Reworked");
  }

  @Test
  void kill_ends_the_lifecycle_and_nothing_moves_afterwards() {
    requestAndDecide(GateDecision.KILL, List.of());

    assertThat(project.getStatus()).isEqualTo(LifecycleStatus.KILLED);
    assertThat(gate(0).getStatus()).isEqualTo(GateStatus.KILLED);
    assertThat(project.currentGate()).isEmpty();
    assertThatThrownBy(() -> gate(0).requestReview("Again?", MANAGER, NOW))
        .isInstanceOf(BusinessRuleException.class)
        .extracting(e -> ((BusinessRuleException) e).code())
        .isEqualTo("lifecycle-ended");
    assertThatThrownBy(() -> gate(1).requestReview("Skip?", MANAGER, NOW))
        .isInstanceOf(BusinessRuleException.class);
  }

  @Test
  void a_decision_never_changes_once_recorded() {
    GateReview review = requestAndDecide(GateDecision.HOLD, List.of());

    assertThatThrownBy(
            () -> review.record(GateDecision.GO, "Changed my mind", List.of(), PMO, "PMO", NOW))
        .isInstanceOf(BusinessRuleException.class)
        .extracting(e -> ((BusinessRuleException) e).code())
        .isEqualTo("decision-recorded");
    assertThat(review.getDecision()).isEqualTo(GateDecision.HOLD);
    assertThat(review.getRationale()).isEqualTo("Because");
    assertThat(review.getDecidedBy()).isEqualTo("user2");
  }

  @Test
  void go_at_the_last_gate_completes_the_lifecycle() {
    requestAndDecide(GateDecision.GO, List.of());
    requestAndDecide(GateDecision.GO, List.of());
    requestAndDecide(GateDecision.GO, List.of());

    assertThat(project.getStatus()).isEqualTo(LifecycleStatus.COMPLETED);
    assertThat(project.currentGate()).isEmpty();
    assertThat(project.getGates()).extracting(Gate::getStatus).containsOnly(GateStatus.PASSED);
  }

  @Test
  void reviewers_by_name_or_role_and_the_board_may_decide_nobody_else() {
    assertThat(current().capacityOf(REVIEWER)).isEqualTo("Reviewer");
    assertThat(current().capacityOf(FINANCE)).isEqualTo("Reviewer (Resource manager)");
    assertThat(current().capacityOf(PMO)).isEqualTo("Board (PMO)");
    assertThat(current().capacityOf(EXECUTIVE)).isEqualTo("Board (executive)");
    assertThat(current().capacityOf(OUTSIDER)).isNull();
    assertThat(current().capacityOf(ADMIN)).isNull();
    assertThat(current().capacityOf(MANAGER)).isNull();

    current().requestReview("Ready", MANAGER, NOW);
    assertThatThrownBy(() -> current().decide(GateDecision.GO, "Me too", List.of(), OUTSIDER, NOW))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(current().openReview()).isPresent();
  }

  @Test
  void whoever_requested_a_review_does_not_decide_it() {
    current().requestReview("Ready", PMO, NOW);

    assertThatThrownBy(() -> current().decide(GateDecision.GO, "Self", List.of(), PMO, NOW))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void the_checklist_is_locked_while_the_board_decides() {
    current().requestReview("Ready", MANAGER, NOW);

    assertThatThrownBy(
            () ->
                current()
                    .updateChecklist(
                        new ChecklistData(
                            List.of(new ChecklistData.Check(0, true, null)), List.of(), null),
                        MANAGER,
                        NOW))
        .isInstanceOf(BusinessRuleException.class)
        .extracting(e -> ((BusinessRuleException) e).code())
        .isEqualTo("review-in-progress");
    assertThatThrownBy(() -> current().requestReview("Twice", MANAGER, NOW))
        .isInstanceOf(BusinessRuleException.class);
  }

  @Test
  void a_review_request_records_how_much_of_the_gate_is_ready() {
    current()
        .updateChecklist(
            new ChecklistData(
                List.of(new ChecklistData.Check(1, true, "Ada")),
                List.of(new ChecklistData.Deliverable(0, true, "https://docs/bc.pdf")),
                null),
            MANAGER,
            NOW);

    GateReview review = current().requestReview("Ready", MANAGER, NOW);

    assertThat(review.getCriteriaMet()).isEqualTo(1);
    assertThat(review.getCriteriaTotal()).isEqualTo(2);
    assertThat(review.getDeliverablesProvided()).isEqualTo(1);
    assertThat(current().getDeliverables().get(0).reference()).isEqualTo("https://docs/bc.pdf");
  }

  @Test
  void a_provided_deliverable_says_where_it_is_and_items_exist() {
    assertThatThrownBy(
            () ->
                current()
                    .updateChecklist(
                        new ChecklistData(
                            List.of(new ChecklistData.Check(5, true, null)),
                            List.of(new ChecklistData.Deliverable(0, true, " ")),
                            null),
                        MANAGER,
                        NOW))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).problems())
                    .extracting(InvalidInputException.FieldProblem::field)
                    .containsExactly("checklist[0].index", "deliverables[0].reference"));
  }

  @Test
  void a_condition_is_marked_met_once_by_its_owner_the_manager_a_reviewer_or_the_board() {
    GateReview review = requestAndDecide(GateDecision.GO_WITH_CONDITIONS, List.of(condition()));
    GateCondition condition = review.getConditions().get(0);

    assertThat(condition.isOverdue(LocalDate.of(2027, 1, 1))).isTrue();
    assertThatThrownBy(() -> condition.markMet("done", OUTSIDER, MANAGER.id(), NOW))
        .isInstanceOf(AccessDeniedException.class);

    condition.markMet("Test lead hired", MANAGER, MANAGER.id(), NOW);

    assertThat(condition.isMet()).isTrue();
    assertThat(condition.isOverdue(LocalDate.of(2027, 1, 1))).isFalse();
    assertThat(condition.getMetBy()).isEqualTo("user1");
    assertThatThrownBy(() -> condition.markMet("again", PMO, MANAGER.id(), NOW))
        .isInstanceOf(BusinessRuleException.class);
  }

  @Test
  void a_lifecycle_used_by_a_project_is_frozen_and_changes_through_a_new_revision() {
    Lifecycle lifecycle =
        Lifecycle.define(
            new LifecycleData("Light", null, List.of(phase("Do", "Done")), null), "pmo", NOW);
    lifecycle.freeze();

    LifecycleData changed =
        new LifecycleData(
            "Light", null, List.of(phase("Do", "Done"), phase("Close", "Closed")), null);
    assertThatThrownBy(() -> lifecycle.revise(changed, "pmo", NOW))
        .isInstanceOf(BusinessRuleException.class)
        .extracting(e -> ((BusinessRuleException) e).code())
        .isEqualTo("lifecycle-frozen");

    Lifecycle next = lifecycle.newRevision("pmo", NOW);
    next.revise(changed, "pmo", NOW);

    assertThat(next.getRevision()).isEqualTo(2);
    assertThat(next.getPhases()).extracting(LifecyclePhase::getName).containsExactly("Do", "Close");
    assertThat(lifecycle.isRetired()).isTrue();
    assertThat(lifecycle.getPhases()).hasSize(1);
    assertThatThrownBy(() -> lifecycle.newRevision("pmo", NOW))
        .isInstanceOf(BusinessRuleException.class);
  }

  @Test
  void phases_of_a_lifecycle_have_distinct_names() {
    assertThatThrownBy(
            () ->
                Lifecycle.define(
                    new LifecycleData(
                        "Twice", null, List.of(phase("Plan", "A"), phase("plan", "B")), null),
                    "pmo",
                    NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("own name");
  }
}
