package org.cairnpmo.reporting.export;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cairnpmo.budgets.EvmFigure;
import org.cairnpmo.budgets.EvmPeriod;
import org.cairnpmo.control.IssueView;
import org.cairnpmo.control.MilestoneView;
import org.cairnpmo.control.RiskView;
import org.cairnpmo.control.StatusReportView;
import org.cairnpmo.control.StatusReportView.RatingView;
import org.cairnpmo.platform.documents.PdfRenderer;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.reporting.overview.ProjectOverview;
import org.cairnpmo.reporting.overview.ProjectOverview.DimensionTrend;
import org.cairnpmo.reporting.overview.ProjectOverview.Money;
import org.springframework.stereotype.Component;

/**
 * A project's status report as a document for people who never opened Cairn: a PDF to read and a
 * workbook (Status, Risks, Issues, Milestones, Budget and EVM) to work with, both built from the
 * project overview so they say exactly what its page says.
 */
@Component
public record StatusReportDocuments(PdfRenderer pdf) {

  /** Months of the S-curve printed in the PDF; the workbook has them all. */
  static final int PDF_MONTHS = 12;

  static final String LEGEND =
      "Ratings: Green = on track, Amber = at risk, Red = in trouble. Trend compares each rating"
          + " with the previous report: improving, stable or worsening. SPI and CPI below 1.00 mean"
          + " behind schedule and over budget.";

  private static final DateTimeFormatter PREPARED =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  public static String fileName(ProjectView project, String extension) {
    return "status-report-" + safe(project.code()) + "." + extension;
  }

  /** A file name part made of letters, digits, dots, dashes and underscores only. */
  static String safe(String text) {
    String cleaned = text.replaceAll("[^A-Za-z0-9._-]+", "-");
    return cleaned.isBlank() ? "project" : cleaned;
  }

  public byte[] pdf(ProjectOverview o) {
    Map<String, Object> v = new HashMap<>();
    v.put("o", o);
    v.put("p", o.project());
    v.put("r", o.latest());
    v.put("m", o.money());
    v.put("prepared", PREPARED.format(o.generatedAt()));
    v.put("legend", LEGEND);
    v.put("issues", o.openIssues().subList(0, Math.min(20, o.openIssues().size())));
    v.put("months", lastMonths(o.money()));
    return pdf.render("reporting/export-status-report", v);
  }

  private static List<EvmPeriod> lastMonths(Money money) {
    if (money == null) {
      return List.of();
    }
    List<EvmPeriod> periods = money.evm().periods();
    List<EvmPeriod> reported =
        money.statusPeriod() == null
            ? periods
            : periods.stream()
                .filter(p -> p.period().compareTo(money.statusPeriod()) <= 0)
                .toList();
    return reported.subList(Math.max(0, reported.size() - PDF_MONTHS), reported.size());
  }

  public byte[] xlsx(ProjectOverview o) {
    ProjectView p = o.project();
    String heading = "Project status report: " + p.code() + " " + p.name();
    String prepared = "Prepared " + PREPARED.format(o.generatedAt());
    try (Xlsx x = new Xlsx()) {
      status(x, o, heading, prepared);

      String project = p.code() + " " + p.name();
      x.table(
          "Risks",
          "Open risks: " + project,
          prepared + ". Score = probability × impact (1–25); highest first.",
          RISKS,
          o.openRisks(),
          "No open risks.");
      x.table(
          "Issues",
          "Open issues: " + project,
          prepared + ". Most severe first.",
          ISSUES,
          o.openIssues(),
          "No open issues.");
      x.table(
          "Milestones",
          "Milestones: " + project,
          prepared + ". Slip = days late against the baseline (negative: early).",
          MILESTONES,
          o.milestones(),
          "No milestones recorded.");

      budget(x, o, prepared);
      return x.toBytes();
    }
  }

  private static final List<Column<RiskView>> RISKS =
      Column.join(
          RaidColumns.assessment(""),
          List.of(
              Column.of("Owner", RiskView::ownerName),
              RaidColumns.RESPONSE,
              Column.of("Proximity date", RiskView::proximityDate),
              Column.of("Escalated", r -> r.escalation() != null)));

  private static final List<Column<IssueView>> ISSUES =
      Column.join(
          RaidColumns.ISSUE,
          List.of(
              Column.of("Overdue", IssueView::overdue),
              Column.of("Escalated", i -> i.escalation() != null)));

  private static final List<Column<MilestoneView>> MILESTONES =
      List.of(
          Column.of("Milestone", MilestoneView::name),
          Column.of("Baseline", MilestoneView::baselineDate),
          Column.of("Forecast", MilestoneView::forecastDate),
          Column.of("Completed", MilestoneView::completedDate),
          Column.of("Slip (days)", MilestoneView::slipDays));

  private static void status(Xlsx x, ProjectOverview o, String heading, String prepared) {
    ProjectView p = o.project();
    StatusReportView r = o.latest();
    x.sheet("Status", heading, prepared, List.of());
    x.pair("Project", p.code() + " " + p.name())
        .pair("Status", p.status().label())
        .pair("Manager", p.managerName())
        .pair("Sponsor", p.sponsorName())
        .pair("Department", p.departmentName())
        .pair(
            "Phase",
            o.phase() == null
                ? "Not on a lifecycle"
                : o.phase().phase() == null ? o.phase().status() : o.phase().phase())
        .pair("Next gate", o.phase() == null ? null : o.phase().nextGate())
        .pair("Planned start", p.plannedStart())
        .pair("Planned finish", p.plannedFinish());
    x.blank();
    if (r == null) {
      x.note("No status report has been submitted yet.");
    } else {
      x.pair("Report period", r.periodStart() + " to " + r.periodEnd())
          .pair("Report status", r.status().label())
          .pair("Overall rating", r.overall())
          .blank();
      x.row("Dimension", "Rating", "Trend", "Last reports, oldest first", "Reason for override");
      for (DimensionTrend t : o.trends()) {
        RatingView rv = r.rating(t.dimension());
        x.row(
            t.dimension().label(),
            rv.rating() == null ? "Not rated" : rv.rating(),
            rv.trend().label(),
            t.text(),
            rv.overridden() ? rv.reason() : null);
      }
      x.blank()
          .pair("Summary", r.summary())
          .pair("Accomplishments", r.accomplishments())
          .pair("Next steps", r.nextSteps())
          .pair("Decisions needed", r.decisionsNeeded());
    }
    x.blank().note(LEGEND);
  }

  private static void budget(Xlsx x, ProjectOverview o, String prepared) {
    ProjectView p = o.project();
    Money m = o.money();
    x.sheet(
        "Budget and EVM",
        "Budget and earned value: " + p.code() + " " + p.name(),
        m == null
            ? prepared
            : prepared
                + ". Amounts in "
                + m.currency()
                + (m.statusPeriod() == null ? "" : ", status as of " + m.statusPeriod())
                + ", EAC = "
                + m.eacFormula()
                + ".",
        List.of());
    if (m == null) {
      x.note("The project has no budget yet.");
      return;
    }
    if (m.note() != null) {
      x.note(m.note());
    }
    x.row("Figure", "Key", "Value", "Formula");
    x.row("Budget at completion", "BAC", m.bac(), "Total of the time-phased budget");
    for (EvmFigure f : m.evm().figures()) {
      x.row(
          f.label(),
          f.key(),
          f.value() == null ? "undefined" : f.money() ? f.value() : Xlsx.index(f.value()),
          f.formula());
    }
    x.blank();
    x.row(
        "Month",
        "Budget",
        "Actual",
        "Variance",
        "Cumulative variance",
        "PV",
        "EV",
        "AC",
        "% complete",
        "SPI",
        "CPI");
    for (EvmPeriod e : m.evm().periods()) {
      x.row(
          e.period(),
          e.planned(),
          e.actual(),
          e.variance(),
          e.cumulativeVariance(),
          e.pv(),
          e.ev(),
          e.ac(),
          e.percentComplete() == null ? null : e.percentComplete().doubleValue(),
          Xlsx.index(e.spi()),
          Xlsx.index(e.cpi()));
    }
  }
}
