package org.cairnpmo.control;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.control.domain.Cadence;
import org.cairnpmo.control.domain.CadenceData;
import org.cairnpmo.control.domain.ReportCadences;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.MembershipRole;
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
 * Status reports and the RAID log in a real headless Chromium: a manager submits a status report
 * whose schedule rating differs from the suggested one (the reason field appears and is filled in),
 * the PMO reviews it, and a team member logs a risk that then shows on the heat map. Screenshots go
 * to {@code target/screenshots/control-*.png}. Same configuration as the other browser test
 * classes, so all share one running application.
 */
class ControlBrowserTest extends BrowserTest {

  @Autowired ProjectsApi projects;
  @Autowired ReportCadences cadences;

  @Test
  void a_manager_submits_a_report_with_an_override_reason_the_pmo_reviews_it_a_risk_is_logged() {
    UserSummary pmo = person(Role.PMO, "Paula Moreno");
    UserSummary manager = person(Role.PROJECT_MANAGER, "Priya Raman");
    UserSummary member = person(Role.MEMBER, "Tomás Ortega");
    ProjectView project = project(manager, member, current(pmo));
    LocalDate monday = LocalDate.now().with(DayOfWeek.MONDAY).minusWeeks(2);
    cadences.setCadence(
        project.id(), new CadenceData(Cadence.WEEKLY, monday, 2, null), null, current(manager));

    // The manager writes the report: schedule amber, where the rules suggest green.
    {
      Page page = window();
      signIn(page, manager);
      assertThat(
              page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Reports due")))
          .isVisible();
      shot(page, "control-01-home-reports-due");
      page.navigate(url("/projects/" + project.id()));
      page.getByRole(
              AriaRole.LINK, new Page.GetByRoleOptions().setName("Status reports").setExact(true))
          .first()
          .click();
      assertThat(page.getByRole(AriaRole.ALERT)).containsText("overdue");
      shot(page, "control-02-status-page");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write a report"))
          .first()
          .click();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
          .hasText("New status report");
      page.getByLabel("Weekly period").selectOption(new SelectOption().setValue(monday.toString()));

      Locator schedule = page.locator("fieldset#schedule");
      Locator reason = page.getByLabel("Why schedule differs from the suggestion");
      assertThat(reason).isHidden();
      schedule.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Amber")).check();
      assertThat(reason).isVisible();
      // No rule applies to these three: the manager rates them by judgement.
      for (String dimension : List.of("cost", "scope", "resources")) {
        page.locator("fieldset#" + dimension)
            .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Green"))
            .check();
      }
      page.getByLabel("Summary").fill("Interface work is two weeks late; the rest is on plan.");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review"))
          .click();
      // Without the reason the report is not submitted, and the form says why.
      assertThat(page.locator("#error-summary")).containsText("Say why you rate schedule amber");
      assertThat(page.locator("#error-summary")).not().containsText("Rate cost");
      assertThat(page.getByLabel("Why schedule differs from the suggestion")).isVisible();
      page.getByLabel("Why schedule differs from the suggestion")
          .fill("The supplier confirmed a two-week delay of the interface.");
      shot(page, "control-03-report-form-override");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review"))
          .click();
      assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("submitted for review");
      assertThat(page.locator("#ratings")).containsText("The supplier confirmed a two-week delay");
      shot(page, "control-04-report-submitted");
    }

    // The PMO reviews it from the status overview.
    {
      Page page = window();
      signIn(page, pmo);
      page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
          .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Status"))
          .click();
      assertThat(
              page.getByRole(
                  AriaRole.HEADING, new Page.GetByRoleOptions().setName("Awaiting your review")))
          .isVisible();
      shot(page, "control-05-status-overview");
      // The overview shows the 25 oldest; other tests leave many waiting in the shared database,
      // so the newest is found on the last page of the full list.
      page.navigate(url("/status/awaiting"));
      // The PMO jumps to the last page by its number, rather than paging through all of them.
      Locator numbers = page.locator("nav.pagination a[aria-label^='Page ']");
      if (numbers.count() > 0) {
        page.navigate(url(numbers.last().getAttribute("href")));
      }
      Locator last = page.locator("nav.pagination a[rel=next]");
      while (last.count() > 0) {
        // Navigating waits for the next page; a click would let count() read the old one.
        page.navigate(url(last.getAttribute("href")));
      }
      Locator row =
          page.locator("#awaiting tr")
              .filter(new Locator.FilterOptions().setHasText(project.code()));
      row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Review")).click();
      page.getByLabel("Comment").fill("Thanks. Keep the sponsor informed about the interface.");
      shot(page, "control-06-review-form");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as reviewed"))
          .click();
      assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Report reviewed");
      assertThat(page.locator(".page-header")).containsText("Reviewed");
      assertThat(page.locator("#events")).containsText("Keep the sponsor informed");
      shot(page, "control-07-reviewed");
    }

    // A team member logs a risk, and it shows on the heat map.
    {
      Page page = window();
      signInTo(page, member, "/projects/" + project.id() + "/raid");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log a risk")).click();
      page.getByLabel("Title").fill("Interface supplier goes insolvent");
      page.getByLabel("Cause").fill("The supplier depends on one customer");
      page.getByLabel("Event").fill("The supplier stops trading");
      page.getByLabel("Effect").fill("No interface; go-live moves by months");
      page.getByLabel("Probability", new Page.GetByLabelOptions().setExact(true))
          .selectOption(new SelectOption().setValue("4"));
      page.getByLabel("Impact", new Page.GetByLabelOptions().setExact(true))
          .selectOption(new SelectOption().setValue("5"));
      page.getByLabel("Response", new Page.GetByLabelOptions().setExact(true))
          .selectOption(new SelectOption().setLabel("Mitigate"));
      page.getByLabel("Action 1", new Page.GetByLabelOptions().setExact(true))
          .fill("Qualify a second supplier");
      shot(page, "control-08-risk-form");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log a risk")).click();
      assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("It is on the heat map");
      Locator cell = page.getByLabel("1 open risk with probability 4 and impact 5, score 20, High");
      assertThat(cell).isVisible();
      assertThat(page.locator("#risks")).containsText("Interface supplier goes insolvent");
      shot(page, "control-09-heat-map");
      cell.click();
      assertThat(page.getByText("Show all risks")).isVisible();
    }
  }

  private ProjectView project(UserSummary manager, UserSummary member, CurrentUser pmo) {
    String code = "CTL-" + unique();
    return projects.register(
        new ProjectData(
            code,
            "Warehouse management system",
            "Replace the warehouse's paper picking lists with scanners.",
            null,
            null,
            manager.id(),
            ProjectCategory.OPERATIONAL,
            Priority.HIGH,
            ProjectStatus.ACTIVE,
            LocalDate.now().minusMonths(3),
            LocalDate.now().plusMonths(9),
            new BigDecimal("350000.00"),
            "EUR",
            false,
            List.of(new ProjectData.Member(member.id(), MembershipRole.TEAM_MEMBER)),
            null),
        pmo);
  }
}
