package org.cairnpmo.projects.web;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.PageResponse;
import org.cairnpmo.platform.web.IfMatch;
import org.cairnpmo.platform.web.JsonMergePatch;
import org.cairnpmo.platform.web.PageQuery;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.platform.web.Problems;
import org.cairnpmo.platform.web.VersionedResponses;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.domain.ProjectChangeView;
import org.cairnpmo.projects.domain.ProjectService;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@Tag(
    name = "Projects",
    description =
        "The project register. Projects are never deleted: they are cancelled or closed, and their"
            + " history stays.")
@RestController
@RequestMapping("/api/v1/projects")
record ProjectApiController(ProjectService projects, JsonMergePatch mergePatch) {

  @Operation(
      operationId = "listProjects",
      summary = "Search, filter, sort and page the projects you may see")
  @GetMapping
  PageResponse<ProjectView> list(
      @Parameter(description = "Part of the code or name") @RequestParam(required = false) String q,
      @Parameter(description = "Repeat or separate with commas for several")
          @RequestParam(required = false)
          Set<ProjectStatus> status,
      @RequestParam(required = false) Long departmentId,
      @RequestParam(required = false) Long managerId,
      @RequestParam(required = false) ProjectCategory category,
      @RequestParam(required = false) Priority priority,
      @PageQuery.DefaultSize(20) PageQuery paging,
      @Parameter(
              description =
                  "field,asc|desc; repeatable. Fields: code, name, status, priority (by"
                      + " importance), category, plannedStart, plannedFinish, budget, updatedAt")
          @RequestParam(required = false)
          List<String> sort,
      CurrentUser viewer) {
    ProjectFilter filter =
        new ProjectFilter(q, status, departmentId, managerId, category, priority);
    return PageResponse.of(projects.search(filter, paging.request(Paging.parseSort(sort)), viewer));
  }

  @Operation(
      operationId = "createProject",
      summary = "Register a project",
      description = "PMO, administrators and project managers (who manage what they register).")
  @PostMapping
  ResponseEntity<ProjectView> create(@Valid @RequestBody ProjectData data, CurrentUser author) {
    return VersionedResponses.created(projects.register(data, author));
  }

  @Operation(operationId = "getProject", summary = "One project; its ETag is its version")
  @GetMapping("/{id}")
  ResponseEntity<ProjectView> get(@PathVariable long id, CurrentUser viewer) {
    return VersionedResponses.ok(projects.get(id, viewer));
  }

  @Operation(
      operationId = "replaceProject",
      summary = "Replace a project's data",
      description =
          "Fields left out are cleared or reset to their defaults; status moves only along the"
              + " lifecycle. Name the version you edited in If-Match (its ETag) or in 'version'.")
  @PutMapping("/{id}")
  ResponseEntity<ProjectView> replace(
      @PathVariable long id,
      IfMatch ifMatch,
      @Valid @RequestBody ProjectData data,
      CurrentUser editor) {
    return ifMatch.changed(data.version(), expected -> projects.revise(id, data, expected, editor));
  }

  @Operation(
      operationId = "patchProject",
      summary = "Change some fields (JSON merge patch)",
      description =
          "Only the fields sent change; null clears a field. Name the version you edited in"
              + " If-Match (its ETag) or in 'version'.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(
      content = {
        @Content(
            mediaType = "application/merge-patch+json",
            schema = @Schema(implementation = ProjectData.class)),
        @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = ProjectData.class))
      })
  @PatchMapping("/{id}")
  ResponseEntity<ProjectView> patch(
      @PathVariable long id,
      IfMatch ifMatch,
      @RequestBody JsonNode patch,
      HttpServletRequest request,
      CurrentUser editor)
      throws HttpMediaTypeNotSupportedException {
    ObjectNode changes = mergePatch.check(patch, ProjectData.class, request);
    long expected = ifMatch.expected(JsonMergePatch.version(changes));
    ProjectData merged = mergePatch.apply(projects.dataForEdit(id, editor), changes, request);
    return VersionedResponses.ok(projects.revise(id, merged, expected, editor));
  }

  @Operation(
      operationId = "projectHistory",
      summary = "Every change to a project: who, when, field, old and new value")
  @GetMapping("/{id}/history")
  List<ProjectChangeView> history(@PathVariable long id, CurrentUser viewer) {
    return projects.history(id, viewer);
  }

  /** Projects are never deleted; the explicit answer says what to do instead. */
  @Hidden
  @DeleteMapping({"", "/{id}"})
  ResponseEntity<ProblemDetail> delete(@PathVariable(required = false) String id) {
    ProblemDetail problem =
        Problems.of(
            HttpStatus.METHOD_NOT_ALLOWED,
            "method-not-allowed",
            "Method not allowed",
            "Projects are never deleted, so that their history stays. Cancel or close the project"
                + " instead by changing its status.");
    HttpMethod[] allowed =
        id == null
            ? new HttpMethod[] {HttpMethod.GET, HttpMethod.POST}
            : new HttpMethod[] {HttpMethod.GET, HttpMethod.PUT, HttpMethod.PATCH};
    return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
        .allow(allowed)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
