package org.cairnpmo.reporting.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.web.Attachments;
import org.cairnpmo.reporting.dashboard.DashboardFilterParams;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The portfolio documents for programs, with the dashboard API's filters. */
@Tag(name = "Exports", description = "Status reports as PDF and XLSX, lists as CSV")
@RestController
@RequestMapping("/api/v1/portfolio")
record PortfolioExportApiController(PortfolioReportDownloads downloads) {

  @Operation(
      summary = "The portfolio status report as PDF or XLSX",
      description =
          "Every project you may see that matches the filters (those of GET"
              + " /api/v1/portfolio/dashboard), in the given sort. format=pdf or xlsx chooses, else"
              + " the Accept header, else PDF. The PDF lists at most "
              + PortfolioReports.PDF_ROWS
              + " projects, the workbook at most "
              + PortfolioReports.XLSX_ROWS
              + "; both carry the totals of the whole filtered set.")
  @GetMapping(
      value = "/status-report",
      produces = {MediaType.APPLICATION_PDF_VALUE, Attachments.XLSX_VALUE, MediaType.ALL_VALUE})
  ResponseEntity<byte[]> statusReport(
      @Parameter(description = "pdf or xlsx; overrides the Accept header")
          @RequestParam(required = false)
          String format,
      @ParameterObject DashboardFilterParams filter,
      @RequestParam(required = false) String sort,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
      CurrentUser viewer)
      throws HttpMediaTypeNotAcceptableException {
    return downloads.statusReport(
        PortfolioParams.read(filter, sort), Downloads.chosenFormat(format, accept), viewer);
  }

  @Operation(summary = "The portfolio status report as PDF (same as format=pdf)")
  @GetMapping(value = "/status-report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> statusReportPdf(
      @ParameterObject DashboardFilterParams filter,
      @RequestParam(required = false) String sort,
      CurrentUser viewer) {
    return downloads.statusReport(PortfolioParams.read(filter, sort), Downloads.PDF, viewer);
  }

  @Operation(summary = "The portfolio status report as XLSX (same as format=xlsx)")
  @GetMapping(value = "/status-report.xlsx", produces = Attachments.XLSX_VALUE)
  ResponseEntity<byte[]> statusReportXlsx(
      @ParameterObject DashboardFilterParams filter,
      @RequestParam(required = false) String sort,
      CurrentUser viewer) {
    return downloads.statusReport(PortfolioParams.read(filter, sort), Downloads.XLSX, viewer);
  }

  @Operation(
      summary = "The executive one-page summary of the portfolio, as PDF",
      description =
          "RAG distribution, the red projects with the largest budgets and why, escalated risks"
              + " and issues (PMO, executives, administrators), money totals, and the reviews"
              + " waiting at the governance board; same filters as the dashboard.")
  @GetMapping(
      value = {"/summary", "/summary.pdf"},
      produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> summary(
      @ParameterObject DashboardFilterParams filter, CurrentUser viewer) {
    return downloads.summary(PortfolioParams.read(filter, null), viewer);
  }
}
