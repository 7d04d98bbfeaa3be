package org.cairnpmo.control.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.control.MilestoneView;
import org.cairnpmo.control.domain.MilestoneData;
import org.cairnpmo.control.domain.MilestoneService;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.web.IfMatch;
import org.cairnpmo.platform.web.VersionNamed;
import org.cairnpmo.platform.web.VersionedResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Milestones",
    description =
        "A project's key milestones: baseline, forecast (the baseline when not given) and"
            + " completion date; slipDays is completion or forecast minus baseline. Read by whoever"
            + " sees the project, changed by its manager or the PMO.")
@RestController
@RequestMapping("/api/v1/projects/{projectId}/milestones")
record MilestoneApiController(MilestoneService milestones) {

  @Operation(operationId = "listMilestones", summary = "A project's milestones by forecast date")
  @GetMapping
  List<MilestoneView> list(@PathVariable long projectId, CurrentUser user) {
    return milestones.list(projectId, user);
  }

  @Operation(operationId = "createMilestone", summary = "Plan a milestone (manager or PMO)")
  @PostMapping
  ResponseEntity<MilestoneView> create(
      @PathVariable long projectId, @Valid @RequestBody MilestoneData data, CurrentUser user) {
    return VersionedResponses.created(milestones.create(projectId, data, user));
  }

  @Operation(operationId = "getMilestone", summary = "One milestone; its ETag is its version")
  @GetMapping("/{milestoneId}")
  ResponseEntity<MilestoneView> get(
      @PathVariable long projectId, @PathVariable long milestoneId, CurrentUser user) {
    return VersionedResponses.ok(milestones.get(projectId, milestoneId, user));
  }

  @Operation(
      operationId = "updateMilestone",
      summary = "Change a milestone (manager or PMO); a completedDate marks it reached",
      description = "Name the version you read in If-Match or in the body's 'version'.")
  @PutMapping("/{milestoneId}")
  ResponseEntity<MilestoneView> update(
      @PathVariable long projectId,
      @PathVariable long milestoneId,
      IfMatch ifMatch,
      @Valid @RequestBody MilestoneData data,
      CurrentUser user) {
    return ifMatch.changed(
        data.version(),
        expected -> milestones.update(projectId, milestoneId, data, expected, user));
  }

  @Operation(
      operationId = "completeMilestone",
      summary = "Mark a milestone reached, today or on the body's completedDate")
  @PostMapping("/{milestoneId}/complete")
  ResponseEntity<MilestoneView> complete(
      @PathVariable long projectId,
      @PathVariable long milestoneId,
      IfMatch ifMatch,
      @RequestBody(required = false) CompletionData body,
      CurrentUser user) {
    return ifMatch.changed(
        body,
        expected ->
            milestones.complete(
                projectId,
                milestoneId,
                body == null ? null : body.completedDate(),
                expected,
                user));
  }

  @Operation(
      operationId = "deleteMilestone",
      summary = "Remove a milestone (manager or PMO); name the version in If-Match")
  @DeleteMapping("/{milestoneId}")
  ResponseEntity<Void> delete(
      @PathVariable long projectId,
      @PathVariable long milestoneId,
      IfMatch ifMatch,
      CurrentUser user) {
    milestones.delete(projectId, milestoneId, ifMatch.expected(null), user);
    return ResponseEntity.noContent().build();
  }

  /** When a milestone was reached (today if empty), and the version it is based on. */
  record CompletionData(LocalDate completedDate, Long version) implements VersionNamed {}
}
