package org.cairnpmo.planning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.planning.CalendarData;
import org.cairnpmo.planning.CalendarView;
import org.cairnpmo.planning.LinkData;
import org.cairnpmo.planning.LinkView;
import org.cairnpmo.planning.PlanEdit;
import org.cairnpmo.planning.PlanningApi;
import org.cairnpmo.planning.RequirementData;
import org.cairnpmo.planning.RequirementView;
import org.cairnpmo.planning.ResourceData;
import org.cairnpmo.planning.ResourceView;
import org.cairnpmo.planning.ScheduleResult;
import org.cairnpmo.planning.domain.CalendarService;
import org.cairnpmo.planning.domain.LinkService;
import org.cairnpmo.planning.domain.PlanEntryService;
import org.cairnpmo.planning.domain.RequirementService;
import org.cairnpmo.planning.domain.ResourceService;
import org.cairnpmo.platform.Versioned;
import org.cairnpmo.platform.web.IfMatch;
import org.cairnpmo.platform.web.NamedOperations;
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

/**
 * One kind of a plan's entries beside its tasks (calendars, resources, requirements, links) at its
 * own address below the plan: the list, add one, change one, delete one. Every change names the
 * plan's version in If-Match and reschedules the plan ({@link PlanResponses}). The kinds differ
 * only in their data, view and service, so each is a small subclass naming its address and its
 * operations ({@link NamedOperations}); the plan's tasks, which have a place in the outline, are
 * {@link TaskApiController}.
 */
abstract class PlanEntryApi<D, V extends Versioned.Entry> extends NamedOperations.Given {

  static final String PLAN = "/api/v1/projects/{projectId}/plan";

  static final String SETUP_TAG = "Plan calendars and resources";
  static final String SETUP_TAG_DESCRIPTION =
      "A plan's working calendars (each derived from a base, the organization's calendar at"
          + " the root), its resource list and what its tasks require of them. Every change"
          + " names the plan's version in If-Match and reschedules the plan.";

  /** The entries of a project's plan, as the caller may see them. */
  interface EntryList<V> {
    List<V> of(long projectId, CurrentUser me);
  }

  private final PlanEntryService<?, D, V> entries;
  private final EntryList<V> list;

  PlanEntryApi(
      PlanEntryService<?, D, V> entries,
      EntryList<V> list,
      Map<String, OperationName> operationNames) {
    super(operationNames);
    this.entries = entries;
    this.list = list;
  }

  @GetMapping
  List<V> list(@PathVariable long projectId, CurrentUser me) {
    return list.of(projectId, me);
  }

  @PostMapping
  ResponseEntity<PlanEdit<V>> add(
      @PathVariable long projectId, IfMatch ifMatch, @Valid @RequestBody D data, CurrentUser me) {
    return PlanResponses.created(ifMatch, expected -> entries.add(projectId, data, expected, me));
  }

  @PutMapping("/{id}")
  ResponseEntity<PlanEdit<V>> edit(
      @PathVariable long projectId,
      @PathVariable long id,
      IfMatch ifMatch,
      @Valid @RequestBody D data,
      CurrentUser me) {
    return PlanResponses.changed(
        ifMatch, expected -> entries.edit(projectId, id, data, expected, me));
  }

  @DeleteMapping("/{id}")
  ResponseEntity<ScheduleResult> delete(
      @PathVariable long projectId, @PathVariable long id, IfMatch ifMatch, CurrentUser me) {
    return PlanResponses.deleted(ifMatch, expected -> entries.delete(projectId, id, expected, me));
  }

  @RestController
  @RequestMapping(PLAN + "/calendars")
  @Tag(name = SETUP_TAG, description = SETUP_TAG_DESCRIPTION)
  static class Calendars extends PlanEntryApi<CalendarData, CalendarView> {

    private final PlanningApi planning;

    Calendars(PlanningApi planning, CalendarService calendars) {
      super(
          calendars,
          planning::calendars,
          Map.of(
              "list",
              new OperationName(
                  "listPlanCalendars",
                  "The organization's calendar, then the plan's own calendars"),
              "add",
              new OperationName(
                  "addPlanCalendar",
                  "Add a calendar derived from baseCalendarId (the organization's without one)"),
              "edit",
              new OperationName("updatePlanCalendar", "Change a calendar of the plan"),
              "delete",
              new OperationName(
                  "deletePlanCalendar",
                  "Delete a calendar nothing uses (409 when the plan, a task or a resource does)")));
      this.planning = planning;
    }

    @Operation(operationId = "getPlanCalendar", summary = "One calendar")
    @GetMapping("/{id}")
    ResponseEntity<CalendarView> calendar(
        @PathVariable long projectId, @PathVariable long id, CurrentUser me) {
      return VersionedResponses.ok(planning.calendar(projectId, id, me));
    }
  }

  @RestController
  @RequestMapping(PLAN + "/resources")
  @Tag(name = SETUP_TAG, description = SETUP_TAG_DESCRIPTION)
  static class Resources extends PlanEntryApi<ResourceData, ResourceView> {

    Resources(PlanningApi planning, ResourceService resources) {
      super(
          resources,
          planning::resources,
          Map.of(
              "list", new OperationName("listPlanResources", "The plan's resources by name"),
              "add", new OperationName("addPlanResource", "Add a person, role or equipment"),
              "edit", new OperationName("updatePlanResource", "Change a resource"),
              "delete",
                  new OperationName(
                      "deletePlanResource", "Delete a resource and what tasks require of it")));
    }
  }

  @RestController
  @RequestMapping(PLAN + "/requirements")
  @Tag(name = SETUP_TAG, description = SETUP_TAG_DESCRIPTION)
  static class Requirements extends PlanEntryApi<RequirementData, RequirementView> {

    Requirements(PlanningApi planning, RequirementService requirements) {
      super(
          requirements,
          planning::requirements,
          Map.of(
              "list",
              new OperationName(
                  "listPlanRequirements", "What the plan's tasks require of its resources"),
              "add",
              new OperationName(
                  "addPlanRequirement",
                  "A task requires units of a resource (1 = full time) while it runs"),
              "edit",
              new OperationName("updatePlanRequirement", "Change a requirement"),
              "delete",
              new OperationName("deletePlanRequirement", "Delete a requirement")));
    }
  }

  @RestController
  @RequestMapping(PLAN + "/links")
  @Tag(name = TaskApiController.TAG, description = TaskApiController.TAG_DESCRIPTION)
  static class Links extends PlanEntryApi<LinkData, LinkView> {

    Links(PlanningApi planning, LinkService links) {
      super(
          links,
          planning::links,
          Map.of(
              "list", new OperationName("listPlanLinks", "The plan's links"),
              "add",
                  new OperationName(
                      "addPlanLink",
                      "Link two tasks",
                      "One link per pair; a link to itself or one that closes a circle is refused"
                          + " (400) with the tasks of the circle named. lagValue is minutes"
                          + " (WORKING, ELAPSED) or percent of the predecessor's duration"
                          + " (PERCENT); negative is a lead."),
              "edit", new OperationName("updatePlanLink", "Change a link"),
              "delete", new OperationName("deletePlanLink", "Delete a link")));
    }
  }
}
