package org.cairnpmo.budgets.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.cairnpmo.budgets.EvmFigure;
import org.cairnpmo.budgets.EvmView;
import org.cairnpmo.budgets.domain.BudgetService;
import org.cairnpmo.budgets.domain.BudgetView;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.support.DemoDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The demo's budgets: every active and closed demo project has a time-phased budget matching its
 * register budget, progress and actual costs, with believable variances; loading again adds
 * nothing. Runs on a database of its own, like the other demo tests.
 */
class BudgetsDemoDataTest extends DemoDataTest {

  @Autowired BudgetsDemoData demo;
  @Autowired BudgetService budgets;
  @Autowired ProjectsApi projects;
  @Autowired IdentityApi identity;

  @Test
  void active_and_closed_projects_have_budgets_progress_and_costs_with_variances() {
    CurrentUser pmo = pmo();
    List<ProjectView> demoProjects = demoProjects(pmo);
    assertThat(demoProjects).hasSizeGreaterThanOrEqualTo(10);

    List<EvmView> measured = new ArrayList<>();
    for (ProjectView p : demoProjects) {
      BudgetView budget = budgets.budget(p.id(), pmo);
      assertThat(budget.version()).as(p.code()).isPositive();
      assertThat(budget.warning()).as(p.code()).isNull();
      measured.add(budgets.earnedValue(p.id(), null, pmo));
    }
    assertThat(measured).allSatisfy(v -> assertThat(v.periods()).isNotEmpty());
    assertThat(measured).filteredOn(v -> below(v, "CPI")).hasSizeGreaterThanOrEqualTo(2);
    assertThat(measured).filteredOn(v -> below(v, "SPI")).hasSizeGreaterThanOrEqualTo(2);
    assertThat(measured).anySatisfy(v -> assertThat(below(v, "CPI")).isFalse());
  }

  @Test
  void loading_again_adds_nothing() {
    CurrentUser pmo = pmo();
    ProjectView first = demoProjects(pmo).get(0);
    long costs = budgets.actuals(first.id(), 0, 1, pmo).getTotalElements();
    long version = budgets.budget(first.id(), pmo).version();

    demo.loadIfMissing();

    assertThat(budgets.actuals(first.id(), 0, 1, pmo).getTotalElements()).isEqualTo(costs);
    assertThat(budgets.budget(first.id(), pmo).version()).isEqualTo(version);
  }

  private static boolean below(EvmView view, String key) {
    return view.figures().stream()
        .filter(f -> f.key().equals(key))
        .map(EvmFigure::value)
        .anyMatch(v -> v != null && v.compareTo(java.math.BigDecimal.ONE) < 0);
  }

  private List<ProjectView> demoProjects(CurrentUser pmo) {
    return projects
        .search(
            new ProjectFilter(
                null,
                EnumSet.of(ProjectStatus.ACTIVE, ProjectStatus.CLOSED),
                null,
                null,
                null,
                null),
            PageRequest.of(0, 200),
            pmo)
        .getContent()
        .stream()
        .filter(p -> p.budgetAmount() != null && p.plannedStart() != null)
        .toList();
  }

  private CurrentUser pmo() {
    UserSummary user = identity.userByUsername("pmo").orElseThrow();
    return new CurrentUser(user.id(), user.username(), user.displayName(), user.roles());
  }
}
