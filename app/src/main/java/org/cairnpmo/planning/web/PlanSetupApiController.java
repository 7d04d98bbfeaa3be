package org.cairnpmo.planning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.planning.CalendarData;
import org.cairnpmo.planning.CalendarView;
import org.cairnpmo.planning.PlanEdit;
import org.cairnpmo.planning.PlanningApi;
import org.cairnpmo.planning.RequirementData;
import org.cairnpmo.planning.RequirementView;
import org.cairnpmo.planning.ResourceData;
import org.cairnpmo.planning.ResourceView;
import org.cairnpmo.planning.ScheduleResult;
import org.cairnpmo.planning.domain.CalendarService;
import org.cairnpmo.planning.domain.ResourceService;
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
    name = "Plan calendars and resources",
    description =
        "A plan's working calendars (each derived from a base, the organization's calendar at"
            + " the root), its resource list and what its tasks require of them. Every change"
            + " names the plan's version in If-Match and reschedules the plan.")
@RestController
@RequestMapping("/api/v1/projects/{projectId}/plan")
record PlanSetupApiController(
    PlanningApi planning, CalendarService calendarService, ResourceService resourceService) {

  @Operation(
      operationId = "listPlanCalendars",
      summary = "The organization's calendar, then the plan's own calendars")
  @GetMapping("/calendars")
  List<CalendarView> calendars(@PathVariable long projectId, CurrentUser me) {
    return planning.calendars(projectId, me);
  }

  @Operation(operationId = "getPlanCalendar", summary = "One calendar")
  @GetMapping("/calendars/{calendarId}")
  ResponseEntity<CalendarView> calendar(
      @PathVariable long projectId, @PathVariable long calendarId, CurrentUser me) {
    return VersionedResponses.ok(planning.calendar(projectId, calendarId, me));
  }

  @Operation(
      operationId = "addPlanCalendar",
      summary = "Add a calendar derived from baseCalendarId (the organization's without one)")
  @PostMapping("/calendars")
  ResponseEntity<PlanEdit<CalendarView>> addCalendar(
      @PathVariable long projectId,
      IfMatch ifMatch,
      @Valid @RequestBody CalendarData data,
      CurrentUser me) {
    return PlanResponses.created(
        ifMatch, expected -> calendarService.add(projectId, data, expected, me));
  }

  @Operation(operationId = "updatePlanCalendar", summary = "Change a calendar of the plan")
  @PutMapping("/calendars/{calendarId}")
  ResponseEntity<PlanEdit<CalendarView>> editCalendar(
      @PathVariable long projectId,
      @PathVariable long calendarId,
      IfMatch ifMatch,
      @Valid @RequestBody CalendarData data,
      CurrentUser me) {
    return PlanResponses.changed(
        ifMatch, expected -> calendarService.edit(projectId, calendarId, data, expected, me));
  }

  @Operation(
      operationId = "deletePlanCalendar",
      summary = "Delete a calendar nothing uses (409 when the plan, a task or a resource does)")
  @DeleteMapping("/calendars/{calendarId}")
  ResponseEntity<ScheduleResult> deleteCalendar(
      @PathVariable long projectId,
      @PathVariable long calendarId,
      IfMatch ifMatch,
      CurrentUser me) {
    return PlanResponses.deleted(
        ifMatch, expected -> calendarService.delete(projectId, calendarId, expected, me));
  }

  @Operation(operationId = "listPlanResources", summary = "The plan's resources by name")
  @GetMapping("/resources")
  List<ResourceView> resources(@PathVariable long projectId, CurrentUser me) {
    return planning.resources(projectId, me);
  }

  @Operation(operationId = "addPlanResource", summary = "Add a person, role or equipment")
  @PostMapping("/resources")
  ResponseEntity<PlanEdit<ResourceView>> addResource(
      @PathVariable long projectId,
      IfMatch ifMatch,
      @Valid @RequestBody ResourceData data,
      CurrentUser me) {
    return PlanResponses.created(
        ifMatch, expected -> resourceService.add(projectId, data, expected, me));
  }

  @Operation(operationId = "updatePlanResource", summary = "Change a resource")
  @PutMapping("/resources/{resourceId}")
  ResponseEntity<PlanEdit<ResourceView>> editResource(
      @PathVariable long projectId,
      @PathVariable long resourceId,
      IfMatch ifMatch,
      @Valid @RequestBody ResourceData data,
      CurrentUser me) {
    return PlanResponses.changed(
        ifMatch, expected -> resourceService.edit(projectId, resourceId, data, expected, me));
  }

  @Operation(
      operationId = "deletePlanResource",
      summary = "Delete a resource and what tasks require of it")
  @DeleteMapping("/resources/{resourceId}")
  ResponseEntity<ScheduleResult> deleteResource(
      @PathVariable long projectId,
      @PathVariable long resourceId,
      IfMatch ifMatch,
      CurrentUser me) {
    return PlanResponses.deleted(
        ifMatch, expected -> resourceService.delete(projectId, resourceId, expected, me));
  }

  @Operation(
      operationId = "listPlanRequirements",
      summary = "What the plan's tasks require of its resources")
  @GetMapping("/requirements")
  List<RequirementView> requirements(@PathVariable long projectId, CurrentUser me) {
    return planning.requirements(projectId, me);
  }

  @Operation(
      operationId = "addPlanRequirement",
      summary = "A task requires units of a resource (1 = full time) while it runs")
  @PostMapping("/requirements")
  ResponseEntity<PlanEdit<RequirementView>> addRequirement(
      @PathVariable long projectId,
      IfMatch ifMatch,
      @Valid @RequestBody RequirementData data,
      CurrentUser me) {
    return PlanResponses.created(
        ifMatch, expected -> resourceService.addRequirement(projectId, data, expected, me));
  }

  @Operation(operationId = "updatePlanRequirement", summary = "Change a requirement")
  @PutMapping("/requirements/{requirementId}")
  ResponseEntity<PlanEdit<RequirementView>> editRequirement(
      @PathVariable long projectId,
      @PathVariable long requirementId,
      IfMatch ifMatch,
      @Valid @RequestBody RequirementData data,
      CurrentUser me) {
    return PlanResponses.changed(
        ifMatch,
        expected -> resourceService.editRequirement(projectId, requirementId, data, expected, me));
  }

  @Operation(operationId = "deletePlanRequirement", summary = "Delete a requirement")
  @DeleteMapping("/requirements/{requirementId}")
  ResponseEntity<ScheduleResult> deleteRequirement(
      @PathVariable long projectId,
      @PathVariable long requirementId,
      IfMatch ifMatch,
      CurrentUser me) {
    return PlanResponses.deleted(
        ifMatch,
        expected -> resourceService.deleteRequirement(projectId, requirementId, expected, me));
  }
}
