package org.cairnpmo.resources.timesheets;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.resources.domain.PoolService;
import org.cairnpmo.resources.domain.RequestService;
import org.cairnpmo.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A person fills in a week in a real headless Chromium (a day over 24 hours is refused on the
 * form), submits it, and the project's manager approves it from the queue; the week is then locked.
 * Screenshots go to {@code target/screenshots/timesheet-*.png}.
 */
class TimesheetBrowserTest extends BrowserTest {

  @Autowired PoolService pool;
  @Autowired RequestService requests;
  @Autowired ProjectsApi projects;

  @Test
  void a_person_fills_and_submits_a_week_and_the_project_manager_approves_it() {
    UserSummary rm = person(Role.RESOURCE_MANAGER, "Rosa Martinez");
    UserSummary manager = person(Role.PROJECT_MANAGER, "Paula Meyer");
    UserSummary worker = person(Role.MEMBER, "Wendy Park");
    UserSummary pmo = person(Role.PMO, "Pat Olsen");
    String code = "TS-" + unique();
    ProjectView project =
        projects.register(
            new ProjectData(
                code,
                "Ledger migration " + code,
                null,
                null,
                null,
                manager.id(),
                ProjectCategory.OPERATIONAL,
                Priority.HIGH,
                ProjectStatus.ACTIVE,
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31),
                null,
                null,
                false,
                List.of(),
                null),
            current(pmo));
    Staffing staffing = new Staffing(pool, requests);
    long personId = staffing.person(worker, current(rm));
    long requestId = staffing.approvedRequest(project, personId, current(manager), current(rm));

    {
      Page page = window();
      signInTo(page, worker, "/resources");
      page.getByRole(
              AriaRole.LINK, new Page.GetByRoleOptions().setName("Timesheets").setExact(true))
          .click();
      assertThat(
              page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My timesheet")))
          .isVisible();
      page.navigate(url("/resources/timesheets?week=2027-03-03"));
      assertThat(page.locator("#timesheet-errors")).containsText("starts on a Monday");
      page.navigate(url("/resources/timesheets?week=2027-03-01"));
      page.getByLabel("Line 1: booked on").selectOption("R" + requestId);
      page.getByLabel("Line 1: hours on Monday").fill("25");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();
      assertThat(page.locator("#timesheet-errors")).containsText("at most 24 hours");

      page.getByLabel("Line 1: hours on Monday").fill("8");
      page.getByLabel("Line 1: hours on Tuesday").fill("8");
      page.getByLabel("Line 1: hours on Wednesday").fill("7.5");
      page.getByLabel("Line 1: hours on Thursday").fill("8");
      page.getByLabel("Line 1: hours on Friday").fill("4");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();
      assertThat(page.locator("#timesheet-grid tfoot")).containsText("35.50");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit")).click();
      assertThat(page.locator("#timesheet-status")).hasText("Submitted");
      shot(page, "timesheet-submitted");
    }

    {
      Page page = window();
      signInTo(page, manager, "/resources/timesheets/approvals");
      assertThat(
              page.getByRole(
                  AriaRole.HEADING,
                  new Page.GetByRoleOptions()
                      .setName(worker.displayName() + " · week of 2027-03-01")))
          .isVisible();
      shot(page, "timesheet-approvals");
      page.locator("article.timesheet", new Page.LocatorOptions().setHasText(worker.displayName()))
          .getByRole(
              AriaRole.BUTTON,
              new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Approve"))
          .click();
      assertThat(page.locator(".flash--success")).containsText("Week approved and locked");
    }

    {
      Page page = window();
      signInTo(page, worker, "/resources/timesheets?week=2027-03-01");
      assertThat(page.locator("#timesheet-status")).hasText("Approved");
      assertThat(page.getByLabel("Line 1: hours on Monday")).isDisabled();
      assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit")))
          .hasCount(0);
      // A member decides on nobody's week: no way to an approval queue.
      assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Approvals")))
          .hasCount(0);
    }

    {
      Page page = window();
      signInTo(page, manager, "/resources/timesheets");
      assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Approvals")))
          .isVisible();
    }
  }
}
