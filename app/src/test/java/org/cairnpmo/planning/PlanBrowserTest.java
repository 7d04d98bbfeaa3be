package org.cairnpmo.planning;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The plan in a real headless Chromium: a manager opens the plan from the project page, adds tasks
 * and a link, reads what moved and the critical path, drags a bar on the Gantt and saves a
 * baseline; a plan of 1,000 tasks paints and scrolls on the Gantt. Screenshots go to {@code
 * target/screenshots/plan-*.png}.
 */
class PlanBrowserTest extends BrowserTest {

  @Autowired ProjectsApi projects;
  @Autowired PlanningApi planning;

  @Test
  void a_manager_plans_links_tasks_sees_the_critical_path_drags_a_bar_and_saves_a_baseline() {
    UserSummary pmo = person(Role.PMO, "Paula Moreno");
    UserSummary manager = person(Role.PROJECT_MANAGER, "Priya Raman");
    ProjectView project = project(manager, current(pmo));

    {
      Page page = window();
      signInTo(page, manager, "/projects/" + project.id());
      page.locator("#plan-link").click();
      assertThat(page.getByText("No tasks yet")).isVisible();

      addTask(page, "Design", "5");
      assertThat(page.locator(".flash--success")).containsText("Task added: Design.");
      addTask(page, "Build", "10");
      assertThat(page.locator("#task-table tbody tr")).hasCount(2);

      page.locator("#task-table")
          .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Build"))
          .click();
      page.getByLabel("Predecessor").selectOption(new SelectOption().setLabel("1 Design"));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add link")).click();
      assertThat(page.locator(".flash--success")).containsText("Link added. 1 task moved.");
      assertThat(page.locator("#moved")).containsText("2 Build:");
      assertThat(page.locator("#predecessors")).containsText("Design");
      shot(page, "plan-01-linked");

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tasks").setExact(true))
          .click();
      assertThat(page.locator("#task-table tr[data-task='Build']"))
          .hasAttribute("data-critical", "true");
      assertThat(page.locator("#task-table tr[data-task='Design']"))
          .hasAttribute("data-critical", "true");
      assertThat(page.locator("#task-table tr[data-task='Build'] td").nth(6)).hasText("1");
      shot(page, "plan-02-critical-path");

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gantt").setExact(true))
          .click();
      Locator gantt = page.locator("#gantt");
      assertThat(gantt).hasAttribute("data-ready", "true");
      assertThat(gantt.locator(".gantt__bar--critical")).hasCount(2);
      assertThat(gantt.locator(".gantt__link--critical")).hasCount(1);
      shot(page, "plan-03-gantt");

      BoundingBox bar =
          gantt.locator(".gantt__bar[data-id] .gantt__bar-body").first().boundingBox();
      page.mouse().move(bar.x + bar.width / 2, bar.y + bar.height / 2);
      page.mouse().down();
      page.mouse()
          .move(
              bar.x + bar.width / 2 + 30,
              bar.y + bar.height / 2,
              new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
      page.mouse()
          .move(
              bar.x + bar.width / 2 + 66,
              bar.y + bar.height / 2,
              new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
      page.mouse().up();
      assertThat(gantt.locator(".gantt__message")).containsText("starts no earlier than");
      assertThat(gantt.locator(".gantt__message")).containsText("moved");
      shot(page, "plan-04-gantt-dragged");

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Calendars")).click();
      page.getByLabel("Status date").fill(LocalDate.now().minusDays(3).toString());
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings")).click();
      assertThat(page.locator(".flash--success")).containsText("Plan settings saved.");
      assertThat(page.locator("#plan-summary")).containsText("status date");
      shot(page, "plan-05-calendars");

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Baselines")).click();
      assertThat(page.getByText("No baseline yet")).isVisible();
      page.getByLabel("Name").fill("Approved plan");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save baseline")).click();
      assertThat(page.locator(".flash--success"))
          .containsText("Baseline 0 saved: Approved plan (2 tasks).");
      assertThat(page.locator("#baseline-table")).containsText("Approved plan");
      assertThat(page.locator("#no-variance")).isVisible();
      shot(page, "plan-06-baseline");
    }
  }

  @Test
  void the_gantt_paints_a_plan_of_a_thousand_tasks_and_draws_only_the_rows_in_view() {
    UserSummary pmo = person(Role.PMO, "Paula Moreno");
    CurrentUser me = current(pmo);
    ProjectView project = project(pmo, me);
    planning.replacePlan(
        project.id(),
        PlanFixtures.phased(LocalDate.now().minusDays(20).atTime(8, 0), 40, 24),
        0,
        me);

    {
      Page page = window(1400, 900);
      signInTo(page, pmo, "/projects/" + project.id() + "/plan/gantt");
      Locator gantt = page.locator("#gantt");
      assertThat(gantt).hasAttribute("data-ready", "true");
      Object sincePageStart =
          page.evaluate("Math.round(performance.getEntriesByName('gantt-painted')[0].startTime)");
      System.out.println(
          "Gantt of 1000 tasks: first paint "
              + sincePageStart
              + " ms after navigation started, "
              + gantt.getAttribute("data-paint-ms")
              + " ms after the script asked for the rows, "
              + gantt.getAttribute("data-render-ms")
              + " ms to draw them once they arrived");
      int drawn = gantt.locator(".gantt__row").count();
      org.assertj.core.api.Assertions.assertThat(drawn).isBetween(10, 80);
      shot(page, "plan-07-gantt-1000");

      Object scrollMs =
          page.evaluate(
              "() => new Promise(done => {"
                  + " const s = document.querySelector('.gantt__scroll'); const t0 = performance.now();"
                  + " let n = 0; const step = () => { s.scrollTop += 1120; n++;"
                  + " if (n < 25) requestAnimationFrame(step); else done(Math.round(performance.now() - t0)); };"
                  + " requestAnimationFrame(step); })");
      System.out.println("Gantt of 1000 tasks: 25 scroll steps in " + scrollMs + " ms");
      assertThat(gantt.locator(".gantt__row").last()).containsText("Phase 40 done");
      shot(page, "plan-08-gantt-1000-end");

      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Months")).click();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Collapse all")).click();
      Locator rows = gantt.locator(".gantt__row");
      assertThat(rows.first()).containsText("Phase 1");
      assertThat(rows.nth(1)).containsText("Phase 2");
      assertThat(rows.filter(new Locator.FilterOptions().setHasText("Work package"))).hasCount(0);
      page.getByRole(
              AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Expand Phase 2").setExact(true))
          .click();
      assertThat(rows.nth(2)).containsText("Work package 2.1");
      shot(page, "plan-09-gantt-collapsed");
    }
  }

  @Test
  void a_manager_imports_an_ms_project_file_reads_the_matching_dates_and_downloads_it_again()
      throws Exception {
    UserSummary pmo = person(Role.PMO, "Paula Moreno");
    UserSummary manager = person(Role.PROJECT_MANAGER, "Priya Raman");
    ProjectView project = project(manager, current(pmo));
    java.nio.file.Path file = java.nio.file.Files.createTempFile("small-plan", ".xml");
    try (var in = getClass().getResourceAsStream("/planning/small-plan.xml")) {
      java.nio.file.Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    try {
      Page page = window();
      signInTo(page, manager, "/projects/" + project.id() + "/plan");
      page.locator("#plan-import-file").setInputFiles(file);
      page.getByRole(
              AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import and replace the plan"))
          .click();
      assertThat(page.locator("#plan-import-match")).containsText("have the early start");
      assertThat(page.locator("#task-table tbody tr").first()).isVisible();
      shot(page, "plan-10-imported");

      com.microsoft.playwright.Download download =
          page.waitForDownload(
              () ->
                  page.getByRole(
                          AriaRole.LINK, new Page.GetByRoleOptions().setName("MS Project (XML)"))
                      .click());
      org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).endsWith(".xml");
    } finally {
      java.nio.file.Files.deleteIfExists(file);
    }
  }

  private static void addTask(Page page, String name, String days) {
    Locator form = page.locator("#add-task");
    form.getByLabel("Name").fill(name);
    form.getByLabel("Duration").fill(days);
    form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add task")).click();
  }

  private ProjectView project(UserSummary manager, CurrentUser pmo) {
    return projects.register(PlanFixtures.project(manager.id(), "PLN-" + unique()), pmo);
  }
}
