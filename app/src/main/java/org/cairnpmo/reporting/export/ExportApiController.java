package org.cairnpmo.reporting.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.cairnpmo.control.RaidListFilter;
import org.cairnpmo.control.ReportStatus;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.reporting.overview.ProjectOverview;
import org.cairnpmo.reporting.overview.ProjectOverviewService;
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
class ExportApiController {

  private final ProjectOverviewService overviews;
  private final StatusReportDocuments documents;
  private final CsvExports csv;
  private final IdentityApi identity;

  ExportApiController(
      ProjectOverviewService overviews,
      StatusReportDocuments documents,
      CsvExports csv,
      IdentityApi identity) {
    this.overviews = overviews;
    this.documents = documents;
    this.csv = csv;
    this.identity = identity;
  }

  @Operation(
      summary = "The project's status report as PDF or XLSX",
      description =
          "format=pdf or format=xlsx chooses; without it the Accept header does (application/pdf or"
              + " application/vnd.openxmlformats-officedocument.spreadsheetml.sheet), and PDF is"
              + " the default. Sheets: Status, Risks, Issues, Milestones, Budget and EVM.")
  @GetMapping(
      value = "/projects/{projectId}/status-report",
      produces = {
        MediaType.APPLICATION_PDF_VALUE,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        MediaType.ALL_VALUE
      })
  ResponseEntity<byte[]> statusReport(
      @PathVariable long projectId,
      @Parameter(description = "pdf or xlsx; overrides the Accept header")
          @RequestParam(required = false)
          String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept)
      throws HttpMediaTypeNotAcceptableException {
    MediaType type = Downloads.chosenFormat(format, accept);
    ProjectOverview o = overviews.overview(projectId, identity.requireCurrentUser());
    boolean pdf = type.equals(Downloads.PDF);
    return Downloads.file(
        pdf ? documents.pdf(o) : documents.xlsx(o),
        type,
        StatusReportDocuments.fileName(o.project(), pdf ? "pdf" : "xlsx"));
  }

  @Operation(summary = "The project's status report as PDF (same as format=pdf)")
  @GetMapping(value = "/projects/{projectId}/status-report.pdf", produces = "application/pdf")
  ResponseEntity<byte[]> statusReportPdf(@PathVariable long projectId)
      throws HttpMediaTypeNotAcceptableException {
    return statusReport(projectId, "pdf", null);
  }

  @Operation(summary = "The project's status report as XLSX (same as format=xlsx)")
  @GetMapping(
      value = "/projects/{projectId}/status-report.xlsx",
      produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  ResponseEntity<byte[]> statusReportXlsx(@PathVariable long projectId)
      throws HttpMediaTypeNotAcceptableException {
    return statusReport(projectId, "xlsx", null);
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
          List<String> sort) {
    ProjectFilter filter =
        new ProjectFilter(
            q == null || q.isBlank() ? null : q.strip(),
            status == null ? Set.of() : status,
            departmentId,
            managerId,
            category,
            priority);
    return Downloads.csv(
        csv.register(filter, Paging.parseSort(sort), identity.requireCurrentUser()),
        "projects.csv");
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
          Boolean validated) {
    CurrentUser viewer = identity.requireCurrentUser();
    var k = Downloads.kind(kind);
    RaidListFilter filter =
        RaidListFilter.read(k, status, probability, impact, severity, validated);
    String code = StatusReportDocuments.safe(overviews.project(projectId, viewer).code());
    return Downloads.csv(
        csv.raid(projectId, filter, viewer),
        "raid-" + code + (k == null ? "" : "-" + k.path()) + ".csv");
  }

  @Operation(summary = "The project's status reports as CSV, newest period first")
  @GetMapping(value = "/projects/{projectId}/status-reports.csv", produces = "text/csv")
  ResponseEntity<byte[]> reportHistory(
      @PathVariable long projectId, @RequestParam(required = false) ReportStatus status) {
    CurrentUser viewer = identity.requireCurrentUser();
    String code = StatusReportDocuments.safe(overviews.project(projectId, viewer).code());
    return Downloads.csv(
        csv.reportHistory(projectId, status, viewer), "status-reports-" + code + ".csv");
  }

  @Operation(
      summary = "Items escalated to the portfolio as CSV",
      description = "PMO, executives and administrators.")
  @GetMapping(value = "/raid/escalated.csv", produces = "text/csv")
  ResponseEntity<byte[]> escalated() {
    return Downloads.csv(csv.escalated(identity.requireCurrentUser()), "escalated-items.csv");
  }
}
