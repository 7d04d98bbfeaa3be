package org.cairnpmo.reporting.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.cairnpmo.control.RaidKind;
import org.cairnpmo.control.RaidListFilter;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.reporting.overview.ProjectOverview;
import org.cairnpmo.reporting.overview.ProjectOverviewService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Downloads linked from the pages (signed-in session): a project's status report as PDF or XLSX,
 * and the lists as CSV with the same filters as the page they come from.
 */
@Controller
class ExportPageController {

  private final ProjectOverviewService overviews;
  private final StatusReportDocuments documents;
  private final CsvExports csv;
  private final IdentityApi identity;

  ExportPageController(
      ProjectOverviewService overviews,
      StatusReportDocuments documents,
      CsvExports csv,
      IdentityApi identity) {
    this.overviews = overviews;
    this.documents = documents;
    this.csv = csv;
    this.identity = identity;
  }

  @GetMapping("/projects/{projectId}/status-report.pdf")
  ResponseEntity<byte[]> statusReportPdf(@PathVariable long projectId) {
    ProjectOverview o = overviews.overview(projectId, identity.requireCurrentUser());
    return Downloads.file(
        documents.pdf(o), Downloads.PDF, StatusReportDocuments.fileName(o.project(), "pdf"));
  }

  @GetMapping("/projects/{projectId}/status-report.xlsx")
  ResponseEntity<byte[]> statusReportXlsx(@PathVariable long projectId) {
    ProjectOverview o = overviews.overview(projectId, identity.requireCurrentUser());
    return Downloads.file(
        documents.xlsx(o), Downloads.XLSX, StatusReportDocuments.fileName(o.project(), "xlsx"));
  }

  /** The register with the list page's own parameters (department, manager, sort and dir). */
  @GetMapping("/projects.csv")
  ResponseEntity<byte[]> register(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) List<ProjectStatus> status,
      @RequestParam(required = false) Long department,
      @RequestParam(required = false) Long manager,
      @RequestParam(required = false) ProjectCategory category,
      @RequestParam(required = false) Priority priority,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir) {
    ProjectFilter filter =
        new ProjectFilter(
            q == null || q.isBlank() ? null : q.strip(),
            status == null ? Set.of() : Set.copyOf(status.stream().filter(s -> s != null).toList()),
            department,
            manager,
            category,
            priority);
    return Downloads.csv(
        csv.register(filter, ProjectsApi.pageSort(sort, dir), identity.requireCurrentUser()),
        "projects.csv");
  }

  @GetMapping("/projects/{projectId}/raid.csv")
  ResponseEntity<byte[]> raid(
      @PathVariable long projectId,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) Integer probability,
      @RequestParam(required = false) Integer impact) {
    CurrentUser viewer = identity.requireCurrentUser();
    var k = Downloads.kind(kind);
    // The risk list page's filters: a heat-map cell lists (and so exports) its open risks.
    String shown =
        k == RaidKind.RISK && probability != null && impact != null && status == null
            ? "OPEN"
            : status;
    RaidListFilter filter = RaidListFilter.read(k, shown, probability, impact, null, null);
    String code = StatusReportDocuments.safe(overviews.project(projectId, viewer).code());
    return Downloads.csv(
        csv.raid(projectId, filter, viewer),
        "raid-" + code + (k == null ? "" : "-" + k.path()) + ".csv");
  }

  @GetMapping("/projects/{projectId}/status-reports.csv")
  ResponseEntity<byte[]> reportHistory(@PathVariable long projectId) {
    CurrentUser viewer = identity.requireCurrentUser();
    String code = StatusReportDocuments.safe(overviews.project(projectId, viewer).code());
    return Downloads.csv(csv.reportHistory(projectId, viewer), "status-reports-" + code + ".csv");
  }

  @GetMapping("/raid/escalated.csv")
  ResponseEntity<byte[]> escalated() {
    return Downloads.csv(csv.escalated(identity.requireCurrentUser()), "escalated-items.csv");
  }

  // ---------------------------------------------------------------- errors

  @ExceptionHandler(AccessDeniedException.class)
  void forbidden(HttpServletResponse response) throws IOException {
    response.sendError(HttpServletResponse.SC_FORBIDDEN);
  }

  @ExceptionHandler({InvalidInputException.class, MethodArgumentTypeMismatchException.class})
  void badRequest(HttpServletResponse response) throws IOException {
    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
  }
}
