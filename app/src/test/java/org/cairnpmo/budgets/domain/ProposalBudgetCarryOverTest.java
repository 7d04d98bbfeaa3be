package org.cairnpmo.budgets.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.identity.Role;
import org.cairnpmo.portfolio.ProposalApproved;
import org.cairnpmo.portfolio.ProposalApproved.PlannedCost;
import org.cairnpmo.projects.ProjectFromProposal;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The business case's costs become the first budget of the project made from the proposal. */
class ProposalBudgetCarryOverTest extends IntegrationTest {

  @Autowired BudgetService budgets;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;

  private static ProjectFromProposal created(ProjectView project, List<PlannedCost> costs) {
    return new ProjectFromProposal(
        project.id(),
        project.code(),
        new ProposalApproved(
            42,
            "PRO-0042",
            project.name(),
            null,
            null,
            null,
            null,
            project.plannedStart(),
            project.plannedFinish(),
            new BigDecimal("100000.00"),
            "EUR",
            costs,
            List.of(),
            List.of(),
            null));
  }

  /** The test projects run through 2027. */
  private static final List<PlannedCost> COSTS =
      List.of(
          new PlannedCost(
              "2027",
              LocalDate.of(2027, 1, 1),
              LocalDate.of(2027, 12, 31),
              new BigDecimal("60000.00"),
              new BigDecimal("10000.00")),
          new PlannedCost(
              "2027-Q3",
              LocalDate.of(2027, 7, 1),
              LocalDate.of(2027, 9, 30),
              null,
              new BigDecimal("30000.00")));

  private BigDecimal amount(BudgetView budget, String period, CostType type) {
    return budget.lines().stream()
        .filter(l -> l.period().equals(period) && l.costType() == type)
        .map(BudgetLine::amount)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void the_business_case_becomes_the_first_budget_written_by_the_system() {
    ProjectView project = project(user(Role.PROJECT_MANAGER), false);

    assertThat(budgets.carryOver(created(project, COSTS))).isTrue();

    BudgetView budget = budgets.budget(project.id(), pmo());
    assertThat(budget.version()).isEqualTo(1);
    assertThat(budget.total()).isEqualByComparingTo("100000.00");
    assertThat(budget.warning()).isNull(); // the register's budget is the proposal's total
    assertThat(budget.lines()).hasSize(24);
    assertThat(amount(budget, "2027-01", CostType.CAPEX)).isEqualByComparingTo("5000.00");
    assertThat(amount(budget, "2027-07", CostType.OPEX)).isEqualByComparingTo("10833.33");
    assertThat(amount(budget, "2027-12", CostType.OPEX)).isEqualByComparingTo("833.37");
    assertThat(
            jdbc.queryForObject(
                "select updated_by from bud_plan where project_id = ?", String.class, project.id()))
        .isEqualTo("system");
  }

  @Test
  void a_second_delivery_keeps_the_budget_the_project_has() {
    ProjectView project = project(user(Role.PROJECT_MANAGER), false);
    assertThat(budgets.carryOver(created(project, COSTS))).isTrue();

    assertThat(budgets.carryOver(created(project, COSTS))).isFalse();
    assertThat(
            budgets.carryOver(
                created(
                    project,
                    List.of(
                        new PlannedCost(
                            "2027",
                            LocalDate.of(2027, 1, 1),
                            LocalDate.of(2027, 12, 31),
                            BigDecimal.ONE,
                            null)))))
        .isFalse();

    BudgetView budget = budgets.budget(project.id(), pmo());
    assertThat(budget.version()).isEqualTo(1);
    assertThat(budget.total()).isEqualByComparingTo("100000.00");
  }

  @Test
  void a_business_case_without_costs_leaves_the_project_without_a_budget() {
    ProjectView project = project(user(Role.PROJECT_MANAGER), false);

    assertThat(budgets.carryOver(created(project, List.of()))).isFalse();
    assertThat(budgets.hasBudget(project.id())).isFalse();
  }

  @Test
  void the_budget_follows_the_event_of_the_register() {
    ProjectView project = project(user(Role.PROJECT_MANAGER), false);

    transactions.executeWithoutResult(t -> events.publishEvent(created(project, COSTS)));

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> assertThat(budgets.hasBudget(project.id())).isTrue());
    assertThat(budgets.budget(project.id(), pmo()).total()).isEqualByComparingTo("100000.00");
  }
}
