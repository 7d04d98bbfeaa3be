package org.cairnpmo.budgets.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cairnpmo.identity.Role;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.domain.ProjectService;
import org.cairnpmo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The spend committed by the projects under way. Other tests share the database, so the budgets
 * here are in a year and a currency of their own.
 */
class CommittedBudgetsTest extends IntegrationTest {

  @Autowired CommittedBudgets committed;
  @Autowired BudgetService budgets;
  @Autowired ProjectService register;

  private ProjectView budgeted(ProjectStatus status, String currency, String... monthAndAmount) {
    ProjectData data = projectData(user(Role.PROJECT_MANAGER).id(), false, List.of());
    ProjectView project =
        projects.register(
            new ProjectData(
                data.code(),
                data.name(),
                data.description(),
                null,
                null,
                data.managerId(),
                data.category(),
                data.priority(),
                status == ProjectStatus.PROPOSED ? status : ProjectStatus.ACTIVE,
                LocalDate.of(2091, 1, 1),
                LocalDate.of(2091, 12, 31),
                new BigDecimal("1000000"),
                currency,
                false,
                List.of(),
                null),
            pmo());
    if (status == ProjectStatus.ON_HOLD) {
      register.changeStatus(project.id(), status, project.version(), pmo());
    }
    List<BudgetLine> lines = new ArrayList<>();
    for (int i = 0; i < monthAndAmount.length; i += 2) {
      lines.add(
          new BudgetLine(
              monthAndAmount[i],
              CostCategory.LABOUR,
              CostType.OPEX,
              new BigDecimal(monthAndAmount[i + 1])));
    }
    budgets.saveBudget(project.id(), new BudgetData(lines, null, 0L), 0, pmo());
    return project;
  }

  private BigDecimal committed2091(String currency) {
    return committed.committedBetween(
        LocalDate.of(2091, 3, 15), LocalDate.of(2091, 5, 10), currency);
  }

  @Test
  void the_active_and_on_hold_projects_commit_their_budget_months_between_the_two_days() {
    BigDecimal before = committed2091("NOK");

    budgeted(ProjectStatus.ACTIVE, "NOK", "2091-02", "1000", "2091-03", "200", "2091-05", "30");
    budgeted(ProjectStatus.ON_HOLD, "NOK", "2091-04", "4", "2091-06", "5000");
    budgeted(ProjectStatus.PROPOSED, "NOK", "2091-04", "70000");
    budgeted(ProjectStatus.ACTIVE, "SEK", "2091-04", "80000");

    assertThat(committed2091("NOK").subtract(before)).isEqualByComparingTo("234");
  }

  @Test
  void a_currency_nobody_budgets_in_commits_nothing() {
    assertThat(committed2091("XTS")).isEqualByComparingTo("0");
    assertThat(
            committed.committedBetween(LocalDate.of(2091, 6, 1), LocalDate.of(2091, 1, 1), "NOK"))
        .isEqualByComparingTo("0");
  }
}
