package org.cairnpmo.practices.compliance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.PageResponse;
import org.cairnpmo.platform.web.PageQuery;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.projects.ProjectStatus;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Practices: process compliance",
    description =
        "Each project against its tier's method, its gates, its status reports and its lessons: a"
            + " score out of 100 with the reasons, and what it must do before its next gate.")
@RestController
record ComplianceApiController(ComplianceService compliance) {

  static final String BASE = "/api/v1/practices/compliance";

  @Operation(summary = "The compliance of the projects the caller may see")
  @GetMapping(BASE)
  PageResponse<ProjectCompliance> portfolio(
      @RequestParam(required = false) Long departmentId,
      @RequestParam(required = false) Long tierId,
      @RequestParam(required = false) ProjectStatus status,
      @RequestParam(required = false) Integer minScore,
      @RequestParam(required = false) Integer maxScore,
      @Parameter(description = "score, code or name, optionally followed by ,desc; score first")
          @RequestParam(required = false)
          List<String> sort,
      @PageQuery.DefaultSize(20) PageQuery paging,
      CurrentUser viewer) {
    Sort order = Paging.parseSort(sort);
    Sort.Order first = order.isSorted() ? order.iterator().next() : Sort.Order.asc("score");
    if (!ComplianceService.ORDERS.containsKey(first.getProperty())) {
      throw InvalidInputException.of("sort", "Sort by score, code or name.");
    }
    return PageResponse.of(
        compliance.portfolio(
            new ComplianceFilter(departmentId, tierId, status, minScore, maxScore),
            first.getProperty(),
            first.isDescending(),
            paging.request(),
            viewer));
  }

  @Operation(
      summary = "A project's compliance, its reasons and what it must do before its next gate",
      description = "404 for a project the caller may not see.")
  @GetMapping(BASE + "/projects/{projectId}")
  ProjectCompliance project(@PathVariable long projectId, CurrentUser viewer) {
    return compliance.project(projectId, viewer);
  }

  /** An item of the method to mark done (or not): its kind, phase and name. */
  record MarkBody(MarkKind kind, String phase, String item, String reference, Boolean done) {}

  @Operation(
      summary = "Mark a deliverable of the method delivered or a checklist item done",
      description =
          "The people on the project and the PMO. done=false takes the mark back. Marking twice"
              + " is one mark.")
  @PutMapping(BASE + "/projects/{projectId}/marks")
  ProjectCompliance mark(@PathVariable long projectId, @RequestBody MarkBody body, CurrentUser by) {
    return compliance.mark(
        projectId,
        body.kind(),
        body.phase(),
        body.item(),
        body.reference(),
        body.done() == null || body.done(),
        by);
  }
}
