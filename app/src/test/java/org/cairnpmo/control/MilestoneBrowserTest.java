package org.cairnpmo.control;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.control.domain.MilestoneService;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Milestones in a real headless Chromium: a manager adds a milestone on the status page, sees its
 * slip after moving the forecast, and marks it completed. Screenshots go to {@code
 * target/screenshots/milestones-*.png}. Same configuration as the other browser test classes, so
 * all share one running application.
 */
class MilestoneBrowserTest extends BrowserTest {

  @Autowired ProjectsApi projects;
  @Autowired MilestoneService milestones;

  @Test
  void a_manager_adds_a_milestone_moves_its_forecast_and_marks_it_completed() {
    UserSummary pmo = person(Role.PMO, "Paula Moreno");
    UserSummary manager = person(Role.PROJECT_MANAGER, "Priya Raman");
    ProjectView project = project(manager, current(pmo));
    LocalDate baseline = LocalDate.now().plusDays(20);

    {
      Page page = window();
      signInTo(page, manager, "/projects/" + project.id() + "/status");
      assertThat(
              page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Milestones")))
          .isVisible();
      assertThat(page.getByText("No milestones yet.")).isVisible();

      page.getByLabel("Name").fill("Scanners installed");
      page.getByLabel("Baseline date").fill(baseline.toString());
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add milestone")).click();
      assertThat(page.getByText("Milestone added: Scanners installed.")).isVisible();
      Locator row =
          page.locator("#milestone-table tbody tr")
              .filter(new Locator.FilterOptions().setHasText("Scanners installed"));
      assertThat(row).containsText("on time");
      shot(page, "milestones-01-added");

      row.getByRole(
              AriaRole.LINK, new Locator.GetByRoleOptions().setName("Edit Scanners installed"))
          .click();
      page.getByLabel("Forecast date").fill(baseline.plusDays(12).toString());
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save milestone"))
          .click();
      assertThat(row).containsText("+12 days");
      shot(page, "milestones-02-slipping");

      row.getByRole(
              AriaRole.BUTTON,
              new Locator.GetByRoleOptions().setName("Mark Scanners installed completed today"))
          .click();
      assertThat(page.getByText("Milestone completed: Scanners installed")).isVisible();
      assertThat(row).not().containsText("open");
    }
    org.assertj.core.api.Assertions.assertThat(milestones.list(project.id(), current(pmo)))
        .singleElement()
        .satisfies(m -> org.assertj.core.api.Assertions.assertThat(m.completed()).isTrue());
  }

  private ProjectView project(UserSummary manager, CurrentUser pmo) {
    return projects.register(
        new ProjectData(
            "MST-" + unique(),
            "Warehouse scanners",
            "Scanners for every picking aisle.",
            null,
            null,
            manager.id(),
            ProjectCategory.OPERATIONAL,
            Priority.HIGH,
            ProjectStatus.ACTIVE,
            LocalDate.now().minusMonths(3),
            LocalDate.now().plusMonths(9),
            new BigDecimal("120000.00"),
            "EUR",
            false,
            List.of(),
            null),
        pmo);
  }
}
