package org.cairnpmo.reporting.export;

import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.web.Attachments;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.reporting.dashboard.DashboardRow;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The portfolio downloads as files, the same for the dashboard's links and the API: the status
 * report (PDF at most {@value PortfolioReports#PDF_ROWS} projects, XLSX at most {@value
 * PortfolioReports#XLSX_ROWS}) and the executive summary.
 */
@Component
record PortfolioReportDownloads(
    PortfolioReports reports, PortfolioReportDocuments documents, ProjectsApi projects) {

  /** The status report as PDF or XLSX, as {@code type} says. */
  ResponseEntity<byte[]> statusReport(PortfolioParams params, MediaType type, CurrentUser viewer) {
    boolean pdf = type.equals(Downloads.PDF);
    PortfolioReport report =
        reports.report(
            params, pdf ? PortfolioReports.PDF_ROWS : PortfolioReports.XLSX_ROWS, viewer);
    projects.recordExport(
        "Portfolio status report " + (pdf ? "PDF" : "XLSX"),
        report.rows().stream().map(DashboardRow::projectId).toList());
    return Attachments.uncached(
        pdf ? documents.pdf(report) : documents.xlsx(report),
        pdf ? Downloads.PDF : Downloads.XLSX,
        PortfolioReportDocuments.fileName(
            "portfolio-status", report.generatedAt(), pdf ? "pdf" : "xlsx"));
  }

  ResponseEntity<byte[]> summary(PortfolioParams params, CurrentUser viewer) {
    ExecutiveSummary summary = reports.summary(params, viewer);
    projects.recordExport("Executive summary PDF", reports.projectsOf(summary, params, viewer));
    return Attachments.uncached(
        documents.summaryPdf(summary),
        Downloads.PDF,
        PortfolioReportDocuments.fileName("portfolio-summary", summary.generatedAt(), "pdf"));
  }
}
