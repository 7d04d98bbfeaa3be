package org.cairnpmo.reporting.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.reporting.dashboard.DashboardFilterParams;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard's downloads: the portfolio status report (PDF, XLSX) and the executive one-page
 * summary, for the dashboard's current filters and sort.
 */
@Controller
record PortfolioExportPageController(PortfolioReportDownloads downloads) {

  @GetMapping("/dashboard/export.{format:pdf|xlsx}")
  ResponseEntity<byte[]> statusReport(
      @PathVariable String format,
      DashboardFilterParams filter,
      @RequestParam(required = false) String sort,
      CurrentUser viewer) {
    return downloads.statusReport(
        PortfolioParams.readPage(filter, sort), Downloads.ofExtension(format), viewer);
  }

  @GetMapping("/dashboard/summary.pdf")
  ResponseEntity<byte[]> summary(DashboardFilterParams filter, CurrentUser viewer) {
    return downloads.summary(PortfolioParams.readPage(filter, null), viewer);
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
