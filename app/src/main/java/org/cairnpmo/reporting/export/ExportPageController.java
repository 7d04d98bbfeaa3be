package org.cairnpmo.reporting.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.cairnpmo.control.RaidKind;
import org.cairnpmo.control.RaidListFilter;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectsApi;
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
record ExportPageController(ProjectDownloads downloads) {

  @GetMapping("/projects/{projectId}/status-report.{format:pdf|xlsx}")
  ResponseEntity<byte[]> statusReport(
      @PathVariable long projectId, @PathVariable String format, CurrentUser viewer) {
    return downloads.statusReport(projectId, Downloads.ofExtension(format), viewer);
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
      @RequestParam(required = false) String dir,
      CurrentUser viewer) {
    return downloads.register(
        ProjectDownloads.registerFilter(q, status, department, manager, category, priority),
        ProjectsApi.pageSort(sort, dir),
        viewer);
  }

  @GetMapping("/projects/{projectId}/raid.csv")
  ResponseEntity<byte[]> raid(
      @PathVariable long projectId,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) Integer probability,
      @RequestParam(required = false) Integer impact,
      CurrentUser viewer) {
    var k = Downloads.kind(kind);
    // The risk list page's filters: a heat-map cell lists (and so exports) its open risks.
    String shown =
        k == RaidKind.RISK && probability != null && impact != null && status == null
            ? "OPEN"
            : status;
    return downloads.raid(
        projectId, k, RaidListFilter.read(k, shown, probability, impact, null, null), viewer);
  }

  @GetMapping("/projects/{projectId}/status-reports.csv")
  ResponseEntity<byte[]> reportHistory(@PathVariable long projectId, CurrentUser viewer) {
    return downloads.reportHistory(projectId, null, viewer);
  }

  @GetMapping("/raid/escalated.csv")
  ResponseEntity<byte[]> escalated(CurrentUser viewer) {
    return downloads.escalated(viewer);
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
