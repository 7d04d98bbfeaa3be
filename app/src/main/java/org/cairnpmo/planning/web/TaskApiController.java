package org.cairnpmo.planning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.planning.OutlineShift;
import org.cairnpmo.planning.PlanEdit;
import org.cairnpmo.planning.PlanningApi;
import org.cairnpmo.planning.ScheduleResult;
import org.cairnpmo.planning.TaskData;
import org.cairnpmo.planning.TaskPlacement;
import org.cairnpmo.planning.TaskView;
import org.cairnpmo.platform.PageResponse;
import org.cairnpmo.platform.web.IfMatch;
import org.cairnpmo.platform.web.PageQuery;
import org.cairnpmo.platform.web.VersionedResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = TaskApiController.TAG, description = TaskApiController.TAG_DESCRIPTION)
@RestController
@RequestMapping(PlanEntryApi.PLAN)
record TaskApiController(PlanningApi planning) {

  /** The tag of the tasks and of their links ({@link PlanEntryApi.Links}). */
  static final String TAG = "Plan tasks and links";

  static final String TAG_DESCRIPTION =
      "The tasks of a project's plan in outline order (WBS codes follow the outline) and the"
          + " links between them. Durations and floats are minutes (a working day is 480);"
          + " dates are local date-times. Every change names the plan's version in If-Match"
          + " and answers with the plan's new version as ETag and what the scheduling moved.";

  private static final String BASELINE =
      "A baseline number (0 to 10): each task carries its variance against it";

  @Operation(operationId = "listPlanTasks", summary = "A page of the plan's tasks in outline order")
  @GetMapping("/tasks")
  PageResponse<TaskView> tasks(
      @PathVariable long projectId,
      @Parameter(description = BASELINE) @RequestParam(required = false) Integer baseline,
      PageQuery paging,
      CurrentUser me) {
    return PageResponse.of(planning.tasks(projectId, baseline, paging.request(), me));
  }

  @Operation(operationId = "getPlanTask", summary = "One task; its ETag is the plan's version")
  @GetMapping("/tasks/{taskId}")
  ResponseEntity<TaskView> task(
      @PathVariable long projectId,
      @PathVariable long taskId,
      @Parameter(description = BASELINE) @RequestParam(required = false) Integer baseline,
      CurrentUser me) {
    return VersionedResponses.ok(planning.task(projectId, taskId, baseline, me));
  }

  @Operation(
      operationId = "addPlanTask",
      summary = "Add a task, last under parentId (the top level without one) or at position")
  @PostMapping("/tasks")
  ResponseEntity<PlanEdit<TaskView>> add(
      @PathVariable long projectId,
      @Parameter(description = "The summary task to add it under") @RequestParam(required = false)
          Long parentId,
      @Parameter(description = "Its place among its siblings, from 0; last when not given")
          @RequestParam(required = false)
          Integer position,
      IfMatch ifMatch,
      @Valid @RequestBody TaskData data,
      CurrentUser me) {
    TaskPlacement placement = new TaskPlacement(parentId, position);
    return PlanResponses.created(
        ifMatch, expected -> planning.addTask(projectId, data, placement, expected, me));
  }

  @Operation(operationId = "updatePlanTask", summary = "Change a task (every field is replaced)")
  @PutMapping("/tasks/{taskId}")
  ResponseEntity<PlanEdit<TaskView>> edit(
      @PathVariable long projectId,
      @PathVariable long taskId,
      IfMatch ifMatch,
      @Valid @RequestBody TaskData data,
      CurrentUser me) {
    return PlanResponses.changed(
        ifMatch, expected -> planning.editTask(projectId, taskId, data, expected, me));
  }

  @Operation(
      operationId = "movePlanTask",
      summary = "Move a task with everything under it to another place in the outline")
  @PostMapping("/tasks/{taskId}/move")
  ResponseEntity<PlanEdit<TaskView>> move(
      @PathVariable long projectId,
      @PathVariable long taskId,
      IfMatch ifMatch,
      @Valid @RequestBody TaskPlacement placement,
      CurrentUser me) {
    return PlanResponses.changed(
        ifMatch, expected -> planning.moveTask(projectId, taskId, placement, expected, me));
  }

  @Operation(
      operationId = "indentPlanTask",
      summary = "Put a task under the task before it (it becomes a summary task)")
  @PostMapping("/tasks/{taskId}/indent")
  ResponseEntity<PlanEdit<TaskView>> indent(
      @PathVariable long projectId, @PathVariable long taskId, IfMatch ifMatch, CurrentUser me) {
    return PlanResponses.changed(
        ifMatch,
        expected -> planning.shiftTask(projectId, taskId, OutlineShift.INDENT, expected, me));
  }

  @Operation(
      operationId = "outdentPlanTask",
      summary = "Move a task out of its summary task, right after it")
  @PostMapping("/tasks/{taskId}/outdent")
  ResponseEntity<PlanEdit<TaskView>> outdent(
      @PathVariable long projectId, @PathVariable long taskId, IfMatch ifMatch, CurrentUser me) {
    return PlanResponses.changed(
        ifMatch,
        expected -> planning.shiftTask(projectId, taskId, OutlineShift.OUTDENT, expected, me));
  }

  @Operation(
      operationId = "deletePlanTask",
      summary = "Delete a task with everything under it, their links and requirements")
  @DeleteMapping("/tasks/{taskId}")
  ResponseEntity<ScheduleResult> delete(
      @PathVariable long projectId, @PathVariable long taskId, IfMatch ifMatch, CurrentUser me) {
    return PlanResponses.deleted(
        ifMatch, expected -> planning.deleteTask(projectId, taskId, expected, me));
  }
}
