package org.cairnpmo.practices;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.cairnpmo.control.domain.MilestoneData;
import org.cairnpmo.control.domain.MilestoneService;
import org.cairnpmo.governance.domain.GateService;
import org.cairnpmo.governance.domain.LifecycleData;
import org.cairnpmo.governance.domain.LifecycleView;
import org.cairnpmo.governance.domain.MatchMode;
import org.cairnpmo.governance.domain.MethodologyService;
import org.cairnpmo.governance.domain.PlacementData;
import org.cairnpmo.governance.domain.RiskLevel;
import org.cairnpmo.governance.domain.TierData;
import org.cairnpmo.governance.domain.TierView;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.practices.domain.MethodData;
import org.cairnpmo.practices.domain.MethodService;
import org.cairnpmo.practices.domain.MethodView;
import org.cairnpmo.practices.kpis.KpiSnapshots;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.support.BrowserTest;
import org.cairnpmo.support.TierLevels;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The KPI page and the compliance view in a real headless Chromium: the PMO defines a KPI (first
 * with its thresholds the wrong way round), reads it with its trend, takes the month's snapshot,
 * finds a project in the compliance view and marks a deliverable of its method delivered.
 * Screenshots go to {@code target/screenshots/practices-kpis*.png} and {@code
 * practices-compliance*.png}.
 */
class KpiComplianceBrowserTest extends BrowserTest {

  @Autowired MethodologyService methodology;
  @Autowired MethodService methods;
  @Autowired GateService gates;
  @Autowired ProjectsApi projects;
  @Autowired MilestoneService milestones;
  @Autowired KpiSnapshots snapshots;

  @Test
  void the_pmo_reads_the_kpis_and_the_compliance_of_a_project() {
    UserSummary pmo = person(Role.PMO, "Paula Moreno");
    ProjectView project = projectOnAMethod(pmo);
    LocalDate today = LocalDate.now();
    milestones.create(
        project.id(),
        new MilestoneData("Design signed", today.minusDays(40), today.minusDays(30), null, null),
        current(pmo));
    milestones.create(
        project.id(),
        new MilestoneData(
            "Kick-off", today.minusDays(70), today.minusDays(70), today.minusDays(70), null),
        current(pmo));
    {
      Page page = window();
      signInTo(page, pmo, "/practices/kpis/new?measure=MILESTONE_SLIP");
      String name = "Slip " + unique();
      page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
      page.getByLabel("Green threshold").fill("30");
      page.getByLabel("Red threshold").fill("5");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save KPI")).click();
      assertThat(page.locator(".error-summary"))
          .containsText("Lower is better: the red threshold is at least the green one");
      page.getByLabel("Green threshold").fill("5");
      page.getByLabel("Red threshold").fill("30");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save KPI")).click();

      assertThat(
              page.getByRole(
                  AriaRole.HEADING, new Page.GetByRoleOptions().setName("Standard KPIs")))
          .isVisible();
      var row =
          page.locator("#kpi-board tr")
              .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(name));
      assertThat(row.locator(".rag")).hasCount(1);
      assertThat(row.locator("svg.sparkline")).hasCount(1);
      // the two months before are in the snapshots, so the KPI has a trend
      snapshotLastMonths(2);
      page.getByLabel("Department").selectOption(String.valueOf(project.departmentId()));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
      // one milestone 40 days late, one on its baseline: 20 days on average
      var departmentRow =
          page.locator("#kpi-board tr")
              .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(name));
      assertThat(departmentRow.locator(".kpi-value")).containsText("20");
      assertThat(departmentRow.locator(".rag")).hasText("Amber");
      assertThat(departmentRow.locator("svg.sparkline polyline"))
          .hasAttribute("points", java.util.regex.Pattern.compile("\\S+ \\S+ \\S+"));
      shot(page, "practices-kpis");

      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Take snapshot now"))
          .click();
      assertThat(page.locator(".flash")).containsText("Snapshot of " + YearMonth.now() + " taken");

      page.navigate(
          url("/practices/compliance?department=" + project.departmentId() + "&sort=code"));
      assertThat(page.locator("#compliance-list")).containsText(project.code());
      shot(page, "practices-compliance");
      page.getByRole(
              AriaRole.LINK, new Page.GetByRoleOptions().setName(project.code()).setExact(true))
          .click();
      assertThat(page.locator("#before-next-gate"))
          .containsText("Deliver the Business case (Project manager)");
      var item =
          page.locator("#before-next-gate li")
              .filter(
                  new com.microsoft.playwright.Locator.FilterOptions().setHasText("Business case"));
      item.getByLabel("Where it is").fill("https://docs.example.org/business-case");
      item.getByRole(
              AriaRole.BUTTON,
              new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Mark delivered"))
          .click();
      assertThat(page.locator(".flash")).containsText("Marked done: Business case.");
      assertThat(page.locator("#before-next-gate")).not().containsText("Business case");
      assertThat(page.locator("#compliance-rules")).containsText("Status reports on time");
      shot(page, "practices-compliance-project");

      // the project's page loads the panel from practices
      page.navigate(url("/projects/" + project.id()));
      assertThat(page.locator("#compliance-panel")).containsText("100 / 100");
      assertThat(page.locator("#compliance-panel"))
          .containsText("1 to do before the gate Approval.");
      page.locator("#project-kpis-link").click();
      assertThat(page.locator("#kpi-board")).containsText(name);
      assertThat(
              page.locator("#kpi-board tr")
                  .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(name))
                  .locator(".kpi-value"))
          .containsText("20");
      shot(page, "practices-kpis-project");
    }
  }

  private void snapshotLastMonths(int months) {
    for (int i = months; i >= 1; i--) {
      snapshots.take(YearMonth.now().minusMonths(i), "test");
    }
  }

  private ProjectView projectOnAMethod(UserSummary pmo) {
    LifecycleView lifecycle =
        methodology.defineLifecycle(
            new LifecycleData(
                "Browser KPI lifecycle " + unique(),
                null,
                List.of(
                    new LifecycleData.PhaseData(
                        "Initiation", null, "Approval", null, null, null, Set.of()),
                    new LifecycleData.PhaseData(
                        "Delivery", null, "Acceptance", null, null, null, Set.of())),
                null),
            current(pmo));
    TierView tier =
        methodology.defineTier(
            new TierData(
                TierLevels.next(),
                "Browser KPI tier " + unique(),
                null,
                MatchMode.ALL,
                new BigDecimal("900000000000000"),
                null,
                null,
                lifecycle.id(),
                null),
            current(pmo));
    MethodView method =
        methods.define(
            new MethodData(
                "Browser KPI method " + unique(),
                null,
                lifecycle.id(),
                List.of(tier.id()),
                List.of(
                    new MethodData.PhaseData(
                        "Initiation",
                        null,
                        List.of("Sponsor named"),
                        List.of(
                            new MethodData.DeliverableData(
                                "Business case", null, "Project manager", true)))),
                null),
            current(pmo));
    methods.publish(method.id(), method.version(), current(pmo));
    String code = "BK-" + unique();
    var department =
        organization()
            .createDepartment(
                new org.cairnpmo.organization.DepartmentForm(
                    "D" + unique(), "Browser department " + code, null, true, null));
    ProjectView project =
        projects.register(
            new ProjectData(
                code,
                "Warehouse scanners " + code,
                null,
                department.id(),
                null,
                pmo.id(),
                ProjectCategory.OPERATIONAL,
                Priority.MEDIUM,
                ProjectStatus.ACTIVE,
                LocalDate.now().minusDays(120),
                LocalDate.now().plusDays(200),
                new BigDecimal("250000.00"),
                "EUR",
                false,
                List.of(),
                null),
            current(pmo));
    gates.place(new PlacementData(project.id(), RiskLevel.MEDIUM, tier.id(), null), current(pmo));
    return project;
  }

  @Autowired org.cairnpmo.organization.OrganizationApi organizationApi;

  private org.cairnpmo.organization.OrganizationApi organization() {
    return organizationApi;
  }
}
