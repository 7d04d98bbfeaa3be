package org.cairnpmo.planning;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Schedule risk and resource leveling in a real headless Chromium: the manager fills in three-point
 * estimates and runs the simulation with its progress bar to read the P80 finish; then levels an
 * over-allocated plan, compares it before and after, and accepts it. Screenshots go to {@code
 * target/screenshots/plan-risk-*.png} and {@code plan-level-*.png}.
 */
class PlanAnalysisBrowserTest extends BrowserTest {

  @Autowired ProjectsApi projects;
  @Autowired PlanningApi planning;

  @Test
  void a_manager_estimates_the_plan_runs_the_simulation_and_reads_its_p80_finish() {
    UserSummary pmo = person(Role.PMO, "Paula Moreno");
    UserSummary manager = person(Role.PROJECT_MANAGER, "Priya Raman");
    ProjectView project = project(manager, current(pmo));
    planning.replacePlan(
        project.id(),
        PlanFixtures.phased(LocalDate.of(2027, 3, 1).atTime(8, 0), 3, 5),
        0,
        current(pmo));

    {
      Page page = window();
      signInTo(page, manager, "/projects/" + project.id() + "/plan/risk");
      assertThat(page.getByText("0 of 15 tasks estimated")).isVisible();
      page.getByRole(
              AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fill in the missing estimates"))
          .click();
      assertThat(page.locator(".flash--success")).containsText("Estimates filled in.");
      assertThat(page.getByText("12 of 15 tasks estimated")).isVisible();

      page.getByLabel("Deadline").fill("2027-05-31");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run the simulation"))
          .click();
      assertThat(page.locator("#risk-status")).hasText("Simulation finished.");
      assertThat(page.locator("#risk-p80")).containsText("2027");
      assertThat(page.locator("#risk-deadline")).containsText("%");
      assertThat(page.locator("#risk-tornado")).containsText("Work package");
      shot(page, "plan-risk-01-simulated");
    }
  }

  @Test
  void a_manager_levels_an_over_allocated_plan_compares_it_and_accepts_it() {
    UserSummary pmo = person(Role.PMO, "Paula Moreno");
    UserSummary manager = person(Role.PROJECT_MANAGER, "Priya Raman");
    ProjectView project = project(manager, current(pmo));
    CurrentUser me = current(pmo);
    planning.replacePlan(project.id(), PlanFixtures.welding(LocalDate.of(2027, 3, 1)), 0, me);

    {
      Page page = window();
      signInTo(page, manager, "/projects/" + project.id() + "/plan/leveling");
      assertThat(page.locator("#over-table")).containsText("Welders");
      shot(page, "plan-level-01-over-allocated");

      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Level the plan"))
          .click();
      assertThat(page.locator("#after-table")).containsText("Paint");
      assertThat(page.locator("#before-table")).containsText("Paint");
      shot(page, "plan-level-02-before-after");

      page.getByRole(
              AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept the leveled plan"))
          .click();
      assertThat(page.locator(".flash--success")).containsText("The leveled plan was applied.");
      assertThat(page.locator("#over-table")).hasCount(0);
      shot(page, "plan-level-03-accepted");
    }
  }

  private ProjectView project(UserSummary manager, CurrentUser pmo) {
    ProjectData base = PlanFixtures.project(manager.id(), "PLA-" + unique());
    return projects.register(base, pmo);
  }
}
