package org.cairnpmo.reporting.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.cairnpmo.control.RaidListFilter;
import org.cairnpmo.control.ReportStatus;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.web.Attachments;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The exports for programs: a project's status report as PDF or XLSX (chosen by {@code format} or
 * the Accept header), and the lists as CSV at {@code .csv} addresses beside their JSON twins.
 */
@Tag(name = "Exports", description = "Status reports as PDF and XLSX, lists as CSV")
@RestController
@RequestMapping("/api/v1")
record ExportApiController(ProjectDownloads downloads) {

  @Operation(
      summary = "The project's status report as PDF or XLSX",
      description =
          "format=pdf or format=xlsx chooses; without it the Accept header does (application/pdf or"
              + " application/vnd.openxmlformats-officedocument.spreadsheetml.sheet), and PDF is"
              + " the default. Sheets: Status, Risks, Issues, Milestones, Budget and EVM.")
  @GetMapping(
      value = "/projects/{projectId}/status-report",
      produces = {MediaType.APPLICATION_PDF_VALUE, Attachments.XLSX_VALUE, MediaType.ALL_VALUE})
  ResponseEntity<byte[]> statusReport(
      @PathVariable long projectId,
      @Parameter(description = "pdf or xlsx; overrides the Accept header")
          @RequestParam(required = false)
          String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
      CurrentUser viewer)
      throws HttpMediaTypeNotAcceptableException {
    return downloads.statusReport(projectId, Downloads.chosenFormat(format, accept), viewer);
  }

  @Operation(summary = "The project's status report as PDF (same as format=pdf)")
  @GetMapping(value = "/projects/{projectId}/status-report.pdf", produces = "application/pdf")
  ResponseEntity<byte[]> statusReportPdf(@PathVariable long projectId, CurrentUser viewer) {
    return downloads.statusReport(projectId, Downloads.PDF, viewer);
  }

  @Operation(summary = "The project's status report as XLSX (same as format=xlsx)")
  @GetMapping(value = "/projects/{projectId}/status-report.xlsx", produces = Attachments.XLSX_VALUE)
  ResponseEntity<byte[]> statusReportXlsx(@PathVariable long projectId, CurrentUser viewer) {
    return downloads.statusReport(projectId, Downloads.XLSX, viewer);
  }

  @Operation(
      summary = "The projects you may see as CSV",
      description =
          "Same filters as GET /api/v1/projects; every matching project, with its latest overall"
              + " rating. UTF-8 with a byte-order mark; text that a spreadsheet would run as a"
              + " formula starts with an apostrophe.")
  @GetMapping(value = "/projects.csv", produces = "text/csv")
  ResponseEntity<byte[]> register(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Set<ProjectStatus> status,
      @RequestParam(required = false) Long departmentId,
      @RequestParam(required = false) Long managerId,
      @RequestParam(required = false) ProjectCategory category,
      @RequestParam(required = false) Priority priority,
      @Parameter(description = "field,asc|desc; repeatable, as for GET /api/v1/projects")
          @RequestParam(required = false)
          List<String> sort,
      CurrentUser viewer) {
    return downloads.register(
        ProjectDownloads.registerFilter(q, status, departmentId, managerId, category, priority),
        Paging.parseSort(sort),
        viewer);
  }

  @Operation(
      summary = "The project's RAID log as CSV",
      description =
          "kind: risks, issues, assumptions, decisions or dependencies for one kind with all its"
              + " columns; all (the default) for every kind with the columns they share.")
  @GetMapping(value = "/projects/{projectId}/raid.csv", produces = "text/csv")
  ResponseEntity<byte[]> raid(
      @PathVariable long projectId,
      @RequestParam(required = false) String kind,
      @Parameter(description = "As the kind's list: risks, issues and dependencies")
          @RequestParam(required = false)
          String status,
      @Parameter(description = "Risks only: this probability (1-5)") @RequestParam(required = false)
          Integer probability,
      @Parameter(description = "Risks only: this impact (1-5)") @RequestParam(required = false)
          Integer impact,
      @Parameter(description = "Issues only") @RequestParam(required = false) String severity,
      @Parameter(description = "Assumptions only") @RequestParam(required = false)
          Boolean validated,
      CurrentUser viewer) {
    var k = Downloads.kind(kind);
    return downloads.raid(
        projectId,
        k,
        RaidListFilter.read(k, status, probability, impact, severity, validated),
        viewer);
  }

  @Operation(summary = "The project's status reports as CSV, newest period first")
  @GetMapping(value = "/projects/{projectId}/status-reports.csv", produces = "text/csv")
  ResponseEntity<byte[]> reportHistory(
      @PathVariable long projectId,
      @RequestParam(required = false) ReportStatus status,
      CurrentUser viewer) {
    return downloads.reportHistory(projectId, status, viewer);
  }

  @Operation(
      summary = "Items escalated to the portfolio as CSV",
      description = "PMO, executives and administrators.")
  @GetMapping(value = "/raid/escalated.csv", produces = "text/csv")
  ResponseEntity<byte[]> escalated(CurrentUser viewer) {
    return downloads.escalated(viewer);
  }
}
