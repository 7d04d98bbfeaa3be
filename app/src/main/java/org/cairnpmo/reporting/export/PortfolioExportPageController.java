package org.cairnpmo.reporting.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.reporting.dashboard.DashboardFilterParams;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard's downloads: the portfolio status report (PDF, XLSX) and the executive one-page
 * summary, for the dashboard's current filters and sort.
 */
@Controller
class PortfolioExportPageController {

  private final PortfolioReports reports;
  private final PortfolioReportDocuments documents;
  private final IdentityApi identity;

  PortfolioExportPageController(
      PortfolioReports reports, PortfolioReportDocuments documents, IdentityApi identity) {
    this.reports = reports;
    this.documents = documents;
    this.identity = identity;
  }

  @GetMapping("/dashboard/export.pdf")
  ResponseEntity<byte[]> pdf(
      DashboardFilterParams filter, @RequestParam(required = false) String sort) {
    PortfolioParams params = PortfolioParams.readPage(filter, sort);
    PortfolioReport report =
        reports.report(params, PortfolioReports.PDF_ROWS, identity.requireCurrentUser());
    return Downloads.file(
        documents.pdf(report),
        Downloads.PDF,
        PortfolioReportDocuments.fileName("portfolio-status", report.generatedAt(), "pdf"));
  }

  @GetMapping("/dashboard/export.xlsx")
  ResponseEntity<byte[]> xlsx(
      DashboardFilterParams filter, @RequestParam(required = false) String sort) {
    PortfolioParams params = PortfolioParams.readPage(filter, sort);
    PortfolioReport report =
        reports.report(params, PortfolioReports.XLSX_ROWS, identity.requireCurrentUser());
    return Downloads.file(
        documents.xlsx(report),
        Downloads.XLSX,
        PortfolioReportDocuments.fileName("portfolio-status", report.generatedAt(), "xlsx"));
  }

  @GetMapping("/dashboard/summary.pdf")
  ResponseEntity<byte[]> summary(DashboardFilterParams filter) {
    PortfolioParams params = PortfolioParams.readPage(filter, null);
    ExecutiveSummary summary = reports.summary(params, identity.requireCurrentUser());
    return Downloads.file(
        documents.summaryPdf(summary),
        Downloads.PDF,
        PortfolioReportDocuments.fileName("portfolio-summary", summary.generatedAt(), "pdf"));
  }

  @ExceptionHandler(InvalidInputException.class)
  void badRequest(InvalidInputException e, HttpServletResponse response) throws IOException {
    response.sendError(
        HttpServletResponse.SC_BAD_REQUEST,
        e.problems().stream()
            .map(p -> p.field() + ": " + p.message())
            .reduce((a, b) -> a + " " + b)
            .orElse("Invalid input"));
  }
}
