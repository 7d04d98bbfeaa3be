package org.cairnpmo.reporting.overview;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cairnpmo.budgets.domain.ActualData;
import org.cairnpmo.budgets.domain.BudgetLine;
import org.cairnpmo.budgets.domain.BudgetService;
import org.cairnpmo.budgets.domain.CostCategory;
import org.cairnpmo.budgets.domain.CostType;
import org.cairnpmo.budgets.domain.ProgressPoint;
import org.cairnpmo.control.ControlTestSupport;
import org.cairnpmo.control.IssueSeverity;
import org.cairnpmo.control.Rag;
import org.cairnpmo.control.domain.Cadence;
import org.cairnpmo.control.domain.CadenceData;
import org.cairnpmo.control.domain.IssueData;
import org.cairnpmo.control.domain.StatusReportData;
import org.cairnpmo.engine.finance.EacMethod;
import org.cairnpmo.governance.ProjectGovernanceView;
import org.cairnpmo.governance.domain.GateService;
import org.cairnpmo.governance.domain.LifecycleData;
import org.cairnpmo.governance.domain.LifecycleData.PhaseData;
import org.cairnpmo.governance.domain.LifecycleView;
import org.cairnpmo.governance.domain.MatchMode;
import org.cairnpmo.governance.domain.MethodologyService;
import org.cairnpmo.governance.domain.PlacementData;
import org.cairnpmo.governance.domain.ReviewRequestData;
import org.cairnpmo.governance.domain.RiskLevel;
import org.cairnpmo.governance.domain.TierData;
import org.cairnpmo.governance.domain.TierView;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.projects.MembershipRole;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.support.TierLevels;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A project worth reporting on: three weekly reports (green, amber, then red), risks and issues,
 * and a twelve-month budget of 10,000 a month with three months of progress and actuals, so that
 * BAC = 120,000, PV = 30,000, EV = 20 % × BAC = 24,000, AC = 33,000, SPI = 0.80, CPI = 0.73 and EAC
 * = BAC / CPI = 165,000.
 */
public abstract class ReportingTestSupport extends ControlTestSupport {

  protected static final String FORMULA_TITLE = "=HYPERLINK(\"http://evil.example\",\"click\")";

  @Autowired protected BudgetService budgets;
  @Autowired protected MethodologyService methodology;
  @Autowired protected GateService gates;

  protected Team reported(boolean confidential) {
    return reported(team(confidential));
  }

  /** An active project of {@code department}, with its people, not reported on yet. */
  protected Team team(boolean confidential, DepartmentSummary department) {
    Team plain = team(confidential);
    ProjectView p = plain.project();
    ProjectData data =
        new ProjectData(
            p.code(),
            p.name(),
            p.description(),
            department.id(),
            p.sponsorId(),
            p.managerId(),
            p.category(),
            p.priority(),
            p.status(),
            p.plannedStart(),
            p.plannedFinish(),
            p.budgetAmount(),
            p.budgetCurrency(),
            p.confidential(),
            p.members().stream()
                .filter(
                    m -> m.role() != MembershipRole.MANAGER && m.role() != MembershipRole.SPONSOR)
                .map(m -> new ProjectData.Member(m.userId(), m.role()))
                .toList(),
            null);
    projects.revise(p.id(), data, p.version(), pmo());
    // The team's record keeps the project as registered; code, name and people are unchanged.
    return plain;
  }

  /** Gives {@code t}'s project three reports, risks, issues, a budget and actuals. */
  protected Team reported(Team t) {
    CurrentUser manager = current(t.manager());
    LocalDate monday = LocalDate.now().with(DayOfWeek.MONDAY).minusWeeks(4);
    cadences.setCadence(t.id(), new CadenceData(Cadence.WEEKLY, monday, 2, null), null, manager);
    reports.create(
        t.id(),
        rated(monday, Rag.GREEN, Rag.GREEN, Rag.GREEN, "Kick-off went well", null),
        true,
        manager);
    reports.create(
        t.id(),
        rated(monday.plusWeeks(1), Rag.AMBER, Rag.AMBER, Rag.GREEN, "Supplier slipping", null),
        true,
        manager);
    reports.create(
        t.id(),
        rated(
            monday.plusWeeks(2),
            Rag.RED,
            Rag.RED,
            Rag.AMBER,
            "The supplier missed the second delivery",
            "Approve 20,000 EUR for a second supplier"),
        true,
        manager);

    raid.logRisk(t.id(), risk("Supplier insolvency", 4, 5), manager);
    raid.logRisk(t.id(), risk("Key engineer leaves", 2, 3), manager);
    raid.logRisk(t.id(), risk(FORMULA_TITLE, 1, 1), manager);
    raid.logIssue(
        t.id(),
        new IssueData(
            "Test server down",
            "No test runs",
            IssueSeverity.CRITICAL,
            null,
            LocalDate.now().plusDays(3),
            null,
            null,
            null),
        manager);
    raid.logIssue(
        t.id(),
        new IssueData("Licence renewal", null, IssueSeverity.LOW, null, null, null, null, null),
        manager);

    YearMonth first = YearMonth.now().minusMonths(3);
    List<BudgetLine> lines = new ArrayList<>();
    List<ProgressPoint> progress = new ArrayList<>();
    String[] percent = {"5", "12", "20"};
    for (int m = 0; m < 12; m++) {
      String period = first.plusMonths(m).toString();
      lines.add(
          new BudgetLine(period, CostCategory.LABOUR, CostType.OPEX, new BigDecimal("10000")));
      if (m < 3) {
        progress.add(new ProgressPoint(period, new BigDecimal(percent[m])));
      }
    }
    budgets.savePlan(t.id(), lines, progress, EacMethod.BAC_OVER_CPI, 0, manager);
    for (int m = 0; m < 3; m++) {
      budgets.addActual(
          t.id(),
          new ActualData(
              null,
              first.plusMonths(m).toString(),
              CostCategory.LABOUR,
              CostType.OPEX,
              new BigDecimal("11000"),
              "Team",
              null),
          manager);
    }
    return t;
  }

  /** A report with a reason on every rating, as the rules may suggest otherwise. */
  protected static StatusReportData rated(
      LocalDate start, Rag overall, Rag schedule, Rag cost, String summary, String decisions) {
    String why = "The manager's judgement";
    return new StatusReportData(
        start,
        null,
        overall,
        schedule,
        cost,
        Rag.GREEN,
        Rag.GREEN,
        overall,
        why,
        why,
        why,
        why,
        why,
        why,
        summary,
        "Test environment ready",
        "Find a second supplier",
        decisions,
        null);
  }

  /**
   * Puts {@code t}'s project on a lifecycle of its own (Initiation, then Execution), in its first
   * phase; with {@code review} its manager asks for the first gate's review.
   */
  protected void governed(Team t, boolean review) {
    List<Long> reviewers = List.of(t.pmo().id());
    LifecycleView lifecycle =
        methodology.defineLifecycle(
            new LifecycleData(
                "Lifecycle " + unique(),
                "Two phases",
                List.of(
                    new PhaseData(
                        "Initiation",
                        null,
                        "Approval",
                        List.of("Business case approved"),
                        List.of(),
                        reviewers,
                        Set.of()),
                    new PhaseData(
                        "Execution",
                        null,
                        "Acceptance",
                        List.of(),
                        List.of(),
                        reviewers,
                        Set.of())),
                null),
            pmo());
    TierView tier =
        methodology.defineTier(
            new TierData(
                TierLevels.next(),
                "Tier " + unique(),
                null,
                MatchMode.ANY,
                new BigDecimal("1000000000"),
                null,
                null,
                lifecycle.id(),
                null),
            pmo());
    ProjectGovernanceView placed =
        gates.place(
            new PlacementData(t.id(), RiskLevel.MEDIUM, tier.id(), null), current(t.manager()));
    if (review) {
      gates.requestReview(
          t.id(),
          placed.currentGateId(),
          new ReviewRequestData("Ready for the board", null, null),
          current(t.manager()));
    }
  }

  /** Keeps a document under target/exports, to look at after the build. */
  protected static void keep(String name, byte[] bytes) throws Exception {
    java.nio.file.Path dir = java.nio.file.Paths.get("target", "exports");
    java.nio.file.Files.createDirectories(dir);
    java.nio.file.Files.write(dir.resolve(name), bytes);
  }

  protected static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      // Where a table cell wraps depends on the widths of the other cells, so line breaks in the
      // extracted text are layout, not content: the tests read it as one line.
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  protected static XSSFWorkbook workbook(byte[] xlsx) throws Exception {
    return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
  }
}
