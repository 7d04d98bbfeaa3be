package org.cairnpmo.reporting.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.control.RatingDimension;
import org.cairnpmo.control.domain.Cadence;
import org.cairnpmo.control.domain.CadenceData;
import org.cairnpmo.control.domain.ReportCadences;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.organization.DepartmentForm;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.organization.OrganizationApi;
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
 * The dashboard in a real headless Chromium: a project manager submits a status report rating the
 * project red, and the PMO then finds the project red on the dashboard, filters to red projects and
 * sorts. Screenshots go to {@code target/screenshots/dashboard-*.png}. Same configuration as the
 * other browser test classes, so all share one running application.
 */
class ReportingDashboardBrowserTest extends BrowserTest {

  @Autowired OrganizationApi organization;
  @Autowired ProjectsApi projects;
  @Autowired ReportCadences cadences;
  @Autowired org.cairnpmo.projects.domain.ProjectService register;

  @Test
  void a_report_submitted_red_shows_the_project_red_on_the_pmo_dashboard() {
    UserSummary pmo = person(Role.PMO, "Paula Moreno");
    UserSummary manager = person(Role.PROJECT_MANAGER, "Priya Raman");
    String deptCode = "DSH" + unique();
    DepartmentSummary department =
        organization.createDepartment(
            new DepartmentForm(deptCode, "Logistics " + deptCode, null, true, null));
    ProjectView troubled = project(department, manager, "Cross-dock automation", current(pmo));
    ProjectView calm = project(department, manager, "Fleet telematics", current(pmo));
    LocalDate monday = LocalDate.now().with(DayOfWeek.MONDAY).minusWeeks(2);
    cadences.setCadence(
        troubled.id(), new CadenceData(Cadence.WEEKLY, monday, 2, null), null, current(manager));

    // The manager rates everything red and submits.
    {
      Page page = window(1400, 900);
      signInTo(page, manager, "/projects/" + troubled.id() + "/status");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write a report"))
          .first()
          .click();
      page.getByLabel("Weekly period").selectOption(new SelectOption().setValue(monday.toString()));
      for (RatingDimension d : RatingDimension.values()) {
        page.locator("fieldset#" + d.field())
            .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Red"))
            .check();
        Locator reason = page.locator("#" + d.field() + "Reason");
        if (reason.count() > 0 && reason.isVisible()) {
          reason.fill("The automation vendor withdrew; we are re-tendering.");
        }
      }
      page.getByLabel("Summary").fill("The automation vendor withdrew; the project is in trouble.");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review"))
          .click();
      assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("submitted for review");
    }

    // The PMO opens the dashboard from the main navigation and finds the project red.
    {
      Page page = window(1400, 900);
      signIn(page, pmo);
      page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
          .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Dashboard"))
          .click();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
          .hasText("Portfolio dashboard");
      // The filters update the results in place once the page's scripts have run.
      page.waitForLoadState();
      page.getByLabel("Department").selectOption(new SelectOption().setLabel(department.name()));
      Locator redRow = page.locator("tr[data-project='" + troubled.code() + "']");
      assertThat(redRow).isVisible();
      assertThat(page).hasURL(java.util.regex.Pattern.compile(".*department=" + department.id()));
      Locator overall = redRow.locator("td[data-dimension='overall']");
      assertThat(overall).containsText("Red");
      assertThat(overall.locator(".rag--red")).isVisible();
      assertThat(page.locator("tr[data-project='" + calm.code() + "'] td.dash-report"))
          .containsText("Stale");
      assertThat(page.getByTestId("tile-red")).hasText("1");
      if (takesScreenshots()) {
        page.waitForTimeout(300); // the charts' animation, for the picture
      }
      shot(page, "dashboard-01-department");
      // The wide table scrolls inside its card; the page itself never scrolls sideways.
      Object pageWider =
          page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
      org.assertj.core.api.Assertions.assertThat(pageWider)
          .as(
              "elements beyond the window: %s",
              page.evaluate(
                  "() => JSON.stringify([document.documentElement.scrollWidth, window.innerWidth,"
                      + " ...[...document.querySelectorAll('body *')].filter(e =>"
                      + " !e.closest('.table-wrap') && e.getBoundingClientRect().right >"
                      + " window.innerWidth).map(e => e.tagName + '.' + e.className + ':' +"
                      + " Math.round(e.getBoundingClientRect().right)).slice(0, 8)])"))
          .isEqualTo(false);

      page.getByLabel("Overall rating", new Page.GetByLabelOptions().setExact(true))
          .selectOption(new SelectOption().setValue("RED"));
      assertThat(page.locator("tr[data-project='" + calm.code() + "']")).hasCount(0);
      assertThat(redRow).isVisible();
      assertThat(page).hasURL(java.util.regex.Pattern.compile(".*rag=RED.*"));
      shot(page, "dashboard-02-red-only");

      redRow
          .getByRole(
              AriaRole.LINK, new Locator.GetByRoleOptions().setName(troubled.name()).setExact(true))
          .click();
      assertThat(page).hasURL(url("/projects/" + troubled.id()));
    }

    // The whole portfolio, with its charts, as the PMO sees it.
    {
      Page page = window(1400, 900);
      page.navigate(url("/dashboard?sort=overall,desc"));
      assertThat(page.locator("#chart-rag")).isVisible();
      if (takesScreenshots()) {
        page.waitForTimeout(500); // the charts' animation, for the picture
      }
      shot(page, "dashboard-03-portfolio");
    }
  }

  @Test
  void every_chart_draws_when_the_dashboard_shows_active_projects_only() {
    UserSummary pmo = person(Role.PMO, "Paula Moreno");
    UserSummary manager = person(Role.PROJECT_MANAGER, "Priya Raman");
    String deptCode = "DSA" + unique();
    DepartmentSummary department =
        organization.createDepartment(
            new DepartmentForm(deptCode, "Quality " + deptCode, null, true, null));
    // Active projects without a next milestone: the roadmap has bars but no milestone points.
    project(department, manager, "Supplier audit portal", current(pmo));
    project(department, manager, "Gauge calibration records", current(pmo));

    {
      Page page = window(1400, 900);
      signInTo(page, pmo, "/dashboard?status=ACTIVE&department=" + department.id());
      page.waitForLoadState();
      // Without a time-phased budget the monthly chart is replaced by a sentence saying so.
      assertThat(page.getByText("No time-phased budget or actual costs among these projects yet."))
          .isVisible();
      for (String chart : List.of("chart-rag", "chart-bubble", "chart-roadmap")) {
        Locator canvas = page.locator("#" + chart);
        assertThat(canvas).isVisible();
        page.waitForFunction(
            "id => window.Chart && Chart.getChart(document.getElementById(id)) !== undefined",
            chart);
      }
      // The roadmap has a row of its own, as wide as the charts above it, and labels every bar.
      double row = page.locator(".dash-charts").boundingBox().width;
      org.assertj.core.api.Assertions.assertThat(
              page.locator("section.dash-roadmap").boundingBox().width)
          .isCloseTo(row, org.assertj.core.data.Offset.offset(1.0));
      org.assertj.core.api.Assertions.assertThat(
              page.evaluate(
                  "() => { const c = Chart.getChart(document.getElementById('chart-roadmap'));"
                      + " return c.scales.y.ticks.length === c.data.labels.length; }"))
          .isEqualTo(true);
      shot(page, "dashboard-04-active-only");
    }
  }

  @Test
  void the_active_portfolio_by_default_with_a_fixed_project_column_and_chosen_columns() {
    UserSummary pmo = person(Role.PMO, "Paula Moreno");
    UserSummary manager = person(Role.PROJECT_MANAGER, "Priya Raman");
    String deptCode = "DSC" + unique();
    DepartmentSummary department =
        organization.createDepartment(
            new DepartmentForm(deptCode, "Procurement " + deptCode, null, true, null));
    ProjectView running = project(department, manager, "Supplier onboarding", current(pmo));
    ProjectView paused = project(department, manager, "Contract archive", current(pmo));
    paused =
        register.changeStatus(paused.id(), ProjectStatus.ON_HOLD, paused.version(), current(pmo));
    ProjectView idea =
        projects.register(
            new ProjectData(
                "DSC-" + unique(),
                "Catalogue punch-out",
                null,
                department.id(),
                null,
                manager.id(),
                ProjectCategory.OPERATIONAL,
                Priority.LOW,
                ProjectStatus.PROPOSED,
                LocalDate.now().plusMonths(2),
                LocalDate.now().plusMonths(8),
                null,
                null,
                false,
                List.of(),
                null),
            current(pmo));

    {
      Page page = window(900, 900);
      signInTo(page, pmo, "/dashboard?department=" + department.id());
      page.waitForLoadState();
      // The default view is the work under way; proposals are one choice away.
      assertThat(page.locator("#f-status")).hasValue("");
      assertThat(page.locator("tr[data-project='" + running.code() + "']")).isVisible();
      assertThat(page.locator("tr[data-project='" + paused.code() + "']")).isVisible();
      assertThat(page.locator("tr[data-project='" + idea.code() + "']")).hasCount(0);
      page.locator("#f-status").selectOption(new SelectOption().setLabel("Every status"));
      assertThat(page.locator("tr[data-project='" + idea.code() + "']")).isVisible();
      assertThat(page).hasURL(java.util.regex.Pattern.compile(".*status=ALL.*"));
      // The download follows the filter the page shows.
      assertThat(page.locator("#dashboard-summary-pdf"))
          .hasAttribute("href", java.util.regex.Pattern.compile(".*status=ALL.*"));

      // Scrolled sideways, the project column stays where it was.
      Locator wrap = page.locator("#dashboard-results .table-wrap");
      Locator firstCell = page.locator("tr[data-project='" + running.code() + "'] td").first();
      double before = firstCell.boundingBox().x;
      // Reading the positions lays the page out again: no need to wait for a frame.
      wrap.evaluate("w => { w.scrollLeft = w.scrollWidth; }");
      org.assertj.core.api.Assertions.assertThat(
              ((Number) wrap.evaluate("w => w.scrollLeft")).doubleValue())
          .isPositive();
      org.assertj.core.api.Assertions.assertThat(firstCell.boundingBox().x)
          .isCloseTo(before, org.assertj.core.data.Offset.offset(1.0));
      shot(page, "dashboard-05-sticky-project-column");

      // Columns chosen are remembered for this person, across filters and visits.
      page.getByText("Columns", new Page.GetByTextOptions().setExact(true)).click();
      page.locator("#dash-columns").getByLabel("Manager").uncheck();
      page.locator("#dash-columns").getByLabel("Burn").uncheck();
      Locator managerCell =
          page.locator("tr[data-project='" + running.code() + "'] td[data-col='manager']");
      assertThat(managerCell).isHidden();
      shot(page, "dashboard-06-columns-chosen");
      page.locator("#f-status").selectOption(new SelectOption().setLabel("Active"));
      assertThat(page.locator("tr[data-project='" + paused.code() + "']")).hasCount(0);
      assertThat(managerCell).isHidden();
      page.navigate(url("/dashboard?department=" + department.id()));
      page.waitForLoadState();
      assertThat(managerCell).isHidden();
      assertThat(page.locator("th[data-col='burn']")).isHidden();
      assertThat(page.locator("th[data-col='phase']")).isVisible();
      page.getByText("Columns", new Page.GetByTextOptions().setExact(true)).click();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show all")).click();
      assertThat(managerCell).isVisible();
    }
  }

  @Test
  void every_chart_draws_under_every_status_filter() {
    UserSummary pmo = person(Role.PMO, "Paula Moreno");
    UserSummary manager = person(Role.PROJECT_MANAGER, "Priya Raman");
    String deptCode = "DSF" + unique();
    DepartmentSummary department =
        organization.createDepartment(
            new DepartmentForm(deptCode, "Facilities " + deptCode, null, true, null));
    project(department, manager, "Badge readers", current(pmo));

    {
      Page page = window(1400, 900);
      List<String> filters = new java.util.ArrayList<>(List.of("", "ALL"));
      for (ProjectStatus status : ProjectStatus.values()) {
        filters.add(status.name());
      }
      signInTo(page, pmo, "/dashboard?department=" + department.id() + "&status=");
      for (String status : filters) {
        if (!status.isEmpty()) { // the first, no status, is where signing in led
          page.navigate(url("/dashboard?department=" + department.id() + "&status=" + status));
        }
        Locator canvases = page.locator("canvas");
        if (canvases.count() == 0) {
          assertThat(page.getByText("No projects match these filters")).isVisible();
          continue;
        }
        for (int i = 0; i < canvases.count(); i++) {
          String id = canvases.nth(i).getAttribute("id");
          page.waitForFunction(
              "id => window.Chart && Chart.getChart(document.getElementById(id)) !== undefined",
              id);
        }
      }
    }
  }

  private ProjectView project(
      DepartmentSummary department, UserSummary manager, String name, CurrentUser pmo) {
    return projects.register(
        new ProjectData(
            "DSH-" + unique(),
            name,
            "A project on the dashboard.",
            department.id(),
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
            List.of(),
            null),
        pmo);
  }
}
