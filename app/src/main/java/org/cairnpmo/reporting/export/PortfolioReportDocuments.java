package org.cairnpmo.reporting.export;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cairnpmo.control.Rag;
import org.cairnpmo.platform.documents.PdfRenderer;
import org.cairnpmo.reporting.dashboard.DashboardRow;
import org.cairnpmo.reporting.dashboard.DashboardRow.Rating;
import org.cairnpmo.reporting.dashboard.DashboardSummary;
import org.springframework.stereotype.Component;

/**
 * The portfolio status report (PDF and XLSX) and the executive one-page summary (PDF), written for
 * readers who never opened Cairn: every document says when it was made, what it covers and what its
 * colours and abbreviations mean.
 */
@Component
record PortfolioReportDocuments(PdfRenderer pdf) {

  static final String LEGEND =
      "Ratings come from each project's latest submitted status report: Green = on track, Amber ="
          + " at risk, Red = in trouble; the word under the overall rating says how it moved since"
          + " the report before. Burn = actual cost to date / budget at completion (BAC). SPI and CPI below"
          + " 1.00 mean behind schedule and over budget. Slip = days the next milestone is late"
          + " against its baseline. A report is stale when an active project has none, or its"
          + " latest was submitted more than "
          + org.cairnpmo.reporting.dashboard.DashboardQuery.STALE_AFTER_DAYS
          + " days ago.";

  private static final DateTimeFormatter PREPARED =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  static String fileName(String kind, java.time.Instant at, String extension) {
    return kind + "-" + STAMP.format(at) + "." + extension;
  }

  byte[] pdf(PortfolioReport report) {
    Map<String, Object> v = new HashMap<>();
    v.put("report", report);
    v.put("s", report.summary());
    v.put("prepared", PREPARED.format(report.generatedAt()));
    v.put("legend", LEGEND);
    return pdf.render("reporting/export-portfolio", v);
  }

  byte[] summaryPdf(ExecutiveSummary summary) {
    Map<String, Object> v = new HashMap<>();
    v.put("x", summary);
    v.put("s", summary.summary());
    v.put("prepared", PREPARED.format(summary.generatedAt()));
    return pdf.render("reporting/export-summary", v);
  }

  byte[] xlsx(PortfolioReport report) {
    DashboardSummary s = report.summary();
    String prepared = "Prepared " + PREPARED.format(report.generatedAt());
    try (Xlsx x = new Xlsx()) {
      x.sheet("Summary", "Portfolio status report", prepared, List.of());
      x.pair("Covers", report.filters())
          .pair("Projects", s.projects())
          .pair("Red", s.red())
          .pair("Amber", s.amber())
          .pair("Green", s.green())
          .pair("Not rated yet", s.unrated())
          .pair("Stale reports", s.stale())
          .pair(
              "Stale means",
              "an active project without a report submitted since " + s.staleBefore())
          .blank();
      x.row("Currency", "Budget (BAC)", "Actual to date", "Burn", "Projects");
      for (DashboardSummary.MoneyTotal m : s.money()) {
        x.row(
            m.currency(),
            m.budget(),
            m.actual(),
            Xlsx.percent(ratio(m.actual(), m.budget())),
            m.projects());
      }
      if (report.truncated()) {
        x.blank()
            .note(
                "The Projects sheet lists the first "
                    + report.rows().size()
                    + " of "
                    + s.projects()
                    + " projects, sorted by "
                    + report.sortedBy()
                    + ".");
      }
      x.blank().note(LEGEND);

      x.table(
          "Projects",
          "Projects: " + report.filters(),
          prepared + "; sorted by " + report.sortedBy() + ".",
          PROJECTS,
          report.rows(),
          "No project matches these filters.");
      return x.toBytes();
    }
  }

  private static final List<Column<DashboardRow>> PROJECTS =
      Column.join(
          List.of(
              Column.of("Code", DashboardRow::code),
              Column.of("Name", DashboardRow::name),
              Column.of("Department", DashboardRow::departmentName),
              Column.of("Manager", DashboardRow::managerName),
              Column.of("Status", r -> r.status() == null ? null : r.status().label()),
              Column.of("Phase", DashboardRow::phase)),
          Column.ratings(
              (r, dimension) -> rag(r.rating(dimension)),
              r -> r.overall().trend() == null ? null : r.overall().trend().label()),
          List.of(
              Column.of("Next milestone", DashboardRow::nextMilestone),
              Column.of("Milestone date", DashboardRow::nextMilestoneOn),
              Column.of("Slip (days)", DashboardRow::milestoneSlipDays),
              Column.of("Currency", DashboardRow::currency),
              Column.of("BAC", DashboardRow::bac),
              Column.of("Actual to date", DashboardRow::actualToDate),
              Column.of("Burn", r -> Xlsx.percent(r.burn())),
              Column.of("SPI", r -> Xlsx.index(r.spi())),
              Column.of("CPI", r -> Xlsx.index(r.cpi())),
              Column.of("Open risks", DashboardRow::openRisks),
              Column.of("Last report", DashboardRow::lastReportOn),
              Column.of("Stale", DashboardRow::stale)));

  private static Object rag(Rating rating) {
    Rag rag = rating == null ? null : rating.rag();
    return rag == null ? "Not rated" : rag;
  }

  static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
    if (part == null || whole == null || whole.signum() == 0) {
      return null;
    }
    return part.divide(whole, 4, java.math.RoundingMode.HALF_UP);
  }
}
