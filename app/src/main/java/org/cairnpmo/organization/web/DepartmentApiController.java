package org.cairnpmo.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.organization.DepartmentForm;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.organization.domain.DepartmentService;
import org.cairnpmo.platform.web.IfMatch;
import org.cairnpmo.platform.web.VersionedResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Departments",
    description = "Organization units that own projects and people. Deactivated, never deleted.")
@RestController
@RequestMapping("/api/v1/departments")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DepartmentApiController {

  private static final String MANAGERS = "hasAnyRole('ADMIN', 'PMO')";

  private final DepartmentService departments;

  @Operation(operationId = "listDepartments", summary = "All departments, by name")
  @GetMapping
  List<DepartmentSummary> list() {
    return departments.all();
  }

  @Operation(
      operationId = "createDepartment",
      summary = "Create a department",
      description = "Administrators and the PMO.")
  @PreAuthorize(MANAGERS)
  @PostMapping
  ResponseEntity<DepartmentSummary> create(@Valid @RequestBody DepartmentForm form) {
    return VersionedResponses.created(departments.create(form));
  }

  @Operation(operationId = "getDepartment", summary = "One department; its ETag is its version")
  @GetMapping("/{id}")
  ResponseEntity<DepartmentSummary> get(@PathVariable long id) {
    return VersionedResponses.ok(departments.get(id));
  }

  @Operation(
      operationId = "updateDepartment",
      summary = "Change a department",
      description =
          "Administrators and the PMO. Name the version you edited in If-Match (its ETag) or in"
              + " 'version'.")
  @PreAuthorize(MANAGERS)
  @PutMapping("/{id}")
  ResponseEntity<DepartmentSummary> update(
      @PathVariable long id, IfMatch ifMatch, @Valid @RequestBody DepartmentForm form) {
    return ifMatch.changed(
        form.version(), expected -> departments.update(id, form.editing(expected)));
  }
}
