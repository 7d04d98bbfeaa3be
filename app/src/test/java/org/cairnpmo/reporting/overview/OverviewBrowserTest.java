package org.cairnpmo.reporting.overview;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cairnpmo.budgets.domain.ActualData;
import org.cairnpmo.budgets.domain.BudgetLine;
import org.cairnpmo.budgets.domain.BudgetService;
import org.cairnpmo.budgets.domain.CostCategory;
import org.cairnpmo.budgets.domain.CostType;
import org.cairnpmo.budgets.domain.ProgressPoint;
import org.cairnpmo.control.Proximity;
import org.cairnpmo.control.Rag;
import org.cairnpmo.control.ResponseStrategy;
import org.cairnpmo.control.domain.Cadence;
import org.cairnpmo.control.domain.CadenceData;
import org.cairnpmo.control.domain.RaidLog;
import org.cairnpmo.control.domain.ReportCadences;
import org.cairnpmo.control.domain.RiskData;
import org.cairnpmo.control.domain.StatusReportData;
import org.cairnpmo.control.domain.StatusReportService;
import org.cairnpmo.engine.finance.EacMethod;
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
 * A sponsor opens the overview from the project's page in a real Chromium, reads the ratings, the
 * key risk and the money, sees the S-curve drawn, and downloads the status report as PDF and the
 * RAID log as CSV. Screenshots: {@code target/screenshots/overview-*.png}.
 */
class OverviewBrowserTest extends BrowserTest {

  @Autowired ProjectsApi projects;
  @Autowired StatusReportService reports;
  @Autowired ReportCadences cadences;
  @Autowired RaidLog raid;
  @Autowired BudgetService budgets;

  @Test
  void a_sponsor_opens_the_overview_from_the_project_page_and_downloads_the_status_report()
      throws Exception {
    UserSummary pmo = person(Role.PMO, "Paula Moreno");
    UserSummary manager = person(Role.PROJECT_MANAGER, "Priya Raman");
    UserSummary sponsor = person(Role.EXECUTIVE, "Henrik Larsen");
    ProjectView project = project(manager, sponsor, current(pmo));
    fill(project, current(manager));

    {
      Page page = window();
      signInTo(page, sponsor, "/projects/" + project.id());
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Overview").setExact(true))
          .click();
      assertThat(page).hasURL(url("/projects/" + project.id() + "/overview"));
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
          .hasText("Access control upgrade");
      assertThat(page.locator("#overview-facts")).containsText("Priya Raman");
      assertThat(page.locator("#ratings")).containsText("Amber · At risk");
      assertThat(page.locator("#ratings")).containsText("Green → Amber");
      assertThat(page.locator("#key-risks")).containsText("Badge supplier insolvency");
      org.assertj.core.api.Assertions.assertThat(
              page.locator("#key-risks td.num")
                  .first()
                  .evaluate("td => getComputedStyle(td).whiteSpace"))
          .isEqualTo("nowrap");
      assertThat(page.locator("#money")).containsText("120,000 EUR");
      // Chart.js drew the S-curve: the canvas has a size of its own.
      assertThat(page.locator("#overview-scurve")).isVisible();
      page.waitForFunction(
          "() => window.Chart && Chart.getChart(document.getElementById('overview-scurve'))");
      page.waitForFunction("() => document.getElementById('overview-scurve').width > 100");
      shot(page, "overview-01-page");

      Download pdf =
          page.waitForDownload(
              () ->
                  page.getByRole(
                          AriaRole.LINK, new Page.GetByRoleOptions().setName("Status report (PDF)"))
                      .click());
      org.assertj.core.api.Assertions.assertThat(pdf.suggestedFilename())
          .isEqualTo("status-report-" + project.code() + ".pdf");
      Path file = pdf.path();
      try (PDDocument document = Loader.loadPDF(Files.readAllBytes(file))) {
        org.assertj.core.api.Assertions.assertThat(new PDFTextStripper().getText(document))
            .contains("Access control upgrade")
            .contains("Badge supplier insolvency")
            .contains("120,000");
      }

      page.navigate(url("/projects/" + project.id() + "/raid"));
      Download csv =
          page.waitForDownload(
              () ->
                  page.getByRole(
                          AriaRole.LINK,
                          new Page.GetByRoleOptions().setName("Download risks (CSV)"))
                      .click());
      org.assertj.core.api.Assertions.assertThat(csv.suggestedFilename())
          .isEqualTo("raid-" + project.code() + "-risks.csv");
      org.assertj.core.api.Assertions.assertThat(Files.readString(csv.path()))
          .contains("Badge supplier insolvency");
    }
  }

  private ProjectView project(UserSummary manager, UserSummary sponsor, CurrentUser pmo) {
    return projects.register(
        new ProjectData(
            "OVW-" + unique(),
            "Access control upgrade",
            "New badge readers at every plant.",
            null,
            sponsor.id(),
            manager.id(),
            ProjectCategory.OPERATIONAL,
            Priority.HIGH,
            ProjectStatus.ACTIVE,
            LocalDate.now().minusMonths(4),
            LocalDate.now().plusMonths(8),
            new BigDecimal("120000.00"),
            "EUR",
            false,
            List.<ProjectData.Member>of(),
            null),
        pmo);
  }

  /**
   * Two weekly reports (green, then amber), a risk, and a year's budget with three months spent.
   */
  private void fill(ProjectView project, CurrentUser manager) {
    LocalDate monday = LocalDate.now().with(DayOfWeek.MONDAY).minusWeeks(3);
    cadences.setCadence(
        project.id(), new CadenceData(Cadence.WEEKLY, monday, 2, null), null, manager);
    reports.create(project.id(), rated(monday, Rag.GREEN, "Readers ordered"), true, manager);
    reports.create(
        project.id(), rated(monday.plusWeeks(1), Rag.AMBER, "Supplier is late"), true, manager);
    raid.logRisk(
        project.id(),
        new RiskData(
            "Badge supplier insolvency",
            "The supplier is small",
            "It stops trading",
            "No readers for plant 3",
            4,
            5,
            null,
            Proximity.NEAR,
            null,
            ResponseStrategy.MITIGATE,
            List.of(),
            null,
            null,
            null,
            null),
        manager);
    YearMonth first = YearMonth.now().minusMonths(3);
    List<BudgetLine> lines = new ArrayList<>();
    List<ProgressPoint> progress = new ArrayList<>();
    for (int m = 0; m < 12; m++) {
      String period = first.plusMonths(m).toString();
      lines.add(
          new BudgetLine(period, CostCategory.MATERIAL, CostType.CAPEX, new BigDecimal("10000")));
      if (m < 3) {
        progress.add(new ProgressPoint(period, new BigDecimal(5 * (m + 1))));
      }
    }
    budgets.savePlan(project.id(), lines, progress, EacMethod.BAC_OVER_CPI, 0, manager);
    for (int m = 0; m < 3; m++) {
      budgets.addActual(
          project.id(),
          new ActualData(
              null,
              first.plusMonths(m).toString(),
              CostCategory.MATERIAL,
              CostType.CAPEX,
              new BigDecimal("9000"),
              "Readers",
              null),
          manager);
    }
  }

  private static StatusReportData rated(LocalDate start, Rag rag, String summary) {
    String why = "The manager's judgement";
    return new StatusReportData(
        start, null, rag, rag, rag, rag, rag, rag, why, why, why, why, why, why, summary, "Done",
        "Next", null, null);
  }
}
