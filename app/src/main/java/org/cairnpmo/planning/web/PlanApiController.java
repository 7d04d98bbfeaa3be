package org.cairnpmo.planning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.planning.BaselineTask;
import org.cairnpmo.planning.BaselineView;
import org.cairnpmo.planning.PlanEdit;
import org.cairnpmo.planning.PlanSettings;
import org.cairnpmo.planning.PlanView;
import org.cairnpmo.planning.PlanningApi;
import org.cairnpmo.planning.ProgressUpdate;
import org.cairnpmo.planning.ScheduleResult;
import org.cairnpmo.platform.web.IfMatch;
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
    name = "Plans",
    description =
        "A project's plan: its settings, scheduling and baselines. Whoever sees the project reads"
            + " its plan; its manager, the PMO and administrators change it. The plan has one"
            + " version (the ETag of the plan and of everything in it): every change names it in"
            + " If-Match, raises it and reschedules the plan, answering with what moved.")
@RestController
@RequestMapping("/api/v1/projects/{projectId}/plan")
record PlanApiController(PlanningApi planning) {

  @Operation(
      operationId = "getPlan",
      summary = "The project's plan; its ETag is the plan's version",
      description =
          "Made empty on the first read by someone who may change it; others see an empty plan"
              + " (id 0, version 0) until then.")
  @GetMapping
  ResponseEntity<PlanView> get(@PathVariable long projectId, CurrentUser me) {
    return VersionedResponses.ok(planning.plan(projectId, me));
  }

  @Operation(
      operationId = "updatePlan",
      summary =
          "Change the plan's start, status date, calendar, conventions or near-critical float")
  @PutMapping
  ResponseEntity<PlanEdit<PlanView>> update(
      @PathVariable long projectId,
      IfMatch ifMatch,
      @Valid @RequestBody PlanSettings settings,
      CurrentUser me) {
    return PlanResponses.changed(
        ifMatch, expected -> planning.updatePlan(projectId, settings, expected, me));
  }

  @Operation(
      operationId = "schedulePlan",
      summary = "Schedule the plan again and answer what moved and every conflict",
      description = "Needs no version: it changes no planner's input. The version rises.")
  @PostMapping("/schedule")
  ResponseEntity<ScheduleResult> schedule(@PathVariable long projectId, CurrentUser me) {
    return VersionedResponses.ok(planning.schedule(projectId, me));
  }

  @Operation(
      operationId = "recordPlanProgress",
      summary = "Record progress at a status date",
      description =
          "The plan's status date becomes statusDate and each task named gets its percent"
              + " complete and actual dates; the plan is then scheduled from the status date.")
  @PostMapping("/progress")
  ResponseEntity<PlanEdit<PlanView>> progress(
      @PathVariable long projectId,
      IfMatch ifMatch,
      @Valid @RequestBody ProgressUpdate update,
      CurrentUser me) {
    return PlanResponses.changed(
        ifMatch, expected -> planning.recordProgress(projectId, update, expected, me));
  }

  @Operation(operationId = "listBaselines", summary = "The plan's baselines by number")
  @GetMapping("/baselines")
  List<BaselineView> baselines(@PathVariable long projectId, CurrentUser me) {
    return planning.baselines(projectId, me);
  }

  @Operation(
      operationId = "saveBaseline",
      summary = "Save every task's dates, duration, work and cost as baseline 0 to 10",
      description =
          "Replaces what that number held. Name the plan version you saw in If-Match; the plan"
              + " and its version stay as they are.")
  @PutMapping("/baselines/{number}")
  BaselineView saveBaseline(
      @PathVariable long projectId,
      @PathVariable int number,
      IfMatch ifMatch,
      @Valid @RequestBody(required = false) BaselineName body,
      CurrentUser me) {
    return planning.saveBaseline(
        projectId, number, body == null ? null : body.name(), ifMatch.expected(null), me);
  }

  @Operation(operationId = "getBaselineTasks", summary = "What a baseline kept of each task")
  @GetMapping("/baselines/{number}/tasks")
  List<BaselineTask> baselineTasks(
      @PathVariable long projectId, @PathVariable int number, CurrentUser me) {
    return planning.baselineTasks(projectId, number, me);
  }

  @Operation(
      operationId = "deleteBaseline",
      summary = "Delete a baseline; name the plan version in If-Match")
  @DeleteMapping("/baselines/{number}")
  ResponseEntity<Void> deleteBaseline(
      @PathVariable long projectId, @PathVariable int number, IfMatch ifMatch, CurrentUser me) {
    planning.deleteBaseline(projectId, number, ifMatch.expected(null), me);
    return ResponseEntity.noContent().build();
  }

  /** The name of a baseline to save ("Baseline 2" when none is given). */
  record BaselineName(
      @Parameter(description = "Up to 200 characters")
          @Size(max = 200, message = "At most 200 characters")
          String name) {}
}
