package org.cairnpmo.planning.domain;

import static org.cairnpmo.planning.domain.PlanSectionJson.amount;
import static org.cairnpmo.planning.domain.PlanSectionJson.moment;
import static org.cairnpmo.planning.domain.PlanSectionJson.periods;
import static org.cairnpmo.planning.domain.PlanSectionJson.system;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.cairnpmo.control.ControlApi;
import org.cairnpmo.control.MilestoneView;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.planning.BaselineTask;
import org.cairnpmo.planning.CalendarException;
import org.cairnpmo.planning.CalendarView;
import org.cairnpmo.planning.LinkView;
import org.cairnpmo.planning.PlanExport;
import org.cairnpmo.planning.PlanView;
import org.cairnpmo.planning.RequirementView;
import org.cairnpmo.planning.ResourceView;
import org.cairnpmo.planning.TaskView;
import org.cairnpmo.planning.ThreePointEstimate;
import org.cairnpmo.planning.WeekdayHours;
import org.cairnpmo.platform.history.RecordHistory;
import org.cairnpmo.projects.RecordsJson;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes planning's bundle section: the plan, its calendars, tasks by WBS code, links, resources,
 * requirements and baselines, each with its change log.
 */
record PlanSectionWriter(
    PlanService plans,
    PlanRepository planRepository,
    ControlApi control,
    IdentityApi identity,
    RecordHistory history) {

  int write(long projectId, ObjectNode section) {
    if (planRepository.findByProjectId(projectId).isEmpty()) {
      section.putNull("plan");
      section.putArray("calendars");
      section.putArray("tasks");
      section.putArray("links");
      section.putArray("resources");
      section.putArray("requirements");
      section.putArray("baselines");
      return 0;
    }
    CurrentUser reader = system("archive");
    PlanExport export = plans.export(projectId, reader);
    Map<Long, String> calendarNames = new HashMap<>();
    for (CalendarView c : export.calendars()) {
      calendarNames.put(c.id(), c.organizationDefault() ? null : c.name());
    }
    Map<Long, String> milestones =
        control.milestones(projectId, reader).stream()
            .collect(Collectors.toMap(MilestoneView::id, MilestoneView::name, (a, b) -> a));
    Map<Long, String> wbs = new HashMap<>();
    export.tasks().forEach(t -> wbs.put(t.id(), t.wbs()));
    int count = 1;

    PlanView plan = export.plan();
    ObjectNode planNode = section.putObject("plan");
    planNode
        .put("start", moment(plan.start()))
        .put("status_date", moment(plan.statusDate()))
        .put("calendar", calendarNames.get(plan.calendarId()))
        .put("schedule_mode", plan.scheduleMode() == null ? null : plan.scheduleMode().name())
        .put("near_critical_minutes", plan.nearCriticalMinutes())
        .put("finish", moment(plan.finish()));
    RecordsJson.history(
        planNode, history, "plan", planRepository.findByProjectId(projectId).orElseThrow().getId());

    ArrayNode calendars = section.putArray("calendars");
    for (CalendarView c : export.calendars()) {
      if (c.organizationDefault()) {
        continue;
      }
      ObjectNode node =
          calendars
              .addObject()
              .put("name", c.name())
              .put(
                  "base",
                  c.baseCalendarId() == null ? null : calendarNames.get(c.baseCalendarId()));
      RecordsJson.history(node, history, "plan-calendar", c.id());
      ArrayNode week = node.putArray("week");
      for (WeekdayHours day : c.week()) {
        ObjectNode d = week.addObject().put("day", day.day().name());
        periods(d.putArray("hours"), day.hours());
      }
      ArrayNode exceptions = node.putArray("exceptions");
      for (CalendarException e : c.exceptions()) {
        ObjectNode x =
            exceptions
                .addObject()
                .put("name", e.name())
                .put("first_day", e.firstDay().toString())
                .put("last_day", e.lastDay().toString());
        periods(x.putArray("hours"), e.hours());
      }
      count++;
    }

    ArrayNode tasks = section.putArray("tasks");
    for (TaskView t : export.tasks()) {
      ObjectNode node =
          tasks
              .addObject()
              .put("wbs", t.wbs())
              .put("outline_level", t.outlineLevel())
              .put("name", t.name())
              .put("kind", t.kind().name())
              .put("duration_minutes", t.durationMinutes())
              .put("duration_unit", t.durationUnit() == null ? null : t.durationUnit().name())
              .put("constraint_type", t.constraintType() == null ? null : t.constraintType().name())
              .put("constraint_date", moment(t.constraintDate()))
              .put("deadline", moment(t.deadline()))
              .put("manual", t.manual())
              .put("manual_start", moment(t.manualStart()))
              .put("manual_finish", moment(t.manualFinish()))
              .put("percent_complete", t.percentComplete())
              .put("actual_start", moment(t.actualStart()))
              .put("actual_finish", moment(t.actualFinish()))
              .put("notes", t.notes())
              .put("priority", t.priority());
      ThreePointEstimate e = t.estimate();
      if (e == null) {
        node.putNull("estimate");
      } else {
        node.putObject("estimate")
            .put("optimistic_minutes", e.optimisticMinutes())
            .put("most_likely_minutes", e.mostLikelyMinutes())
            .put("pessimistic_minutes", e.pessimisticMinutes())
            .put("distribution", e.distribution().name());
      }
      node.put("calendar", t.calendarId() == null ? null : calendarNames.get(t.calendarId()))
          .put(
              "key_milestone",
              t.keyMilestoneId() == null ? null : milestones.get(t.keyMilestoneId()))
          .put("start", moment(t.start()))
          .put("finish", moment(t.finish()))
          .put("critical", t.critical());
      RecordsJson.history(node, history, "plan-task", t.id());
    }
    count += tasks.size();

    ArrayNode links = section.putArray("links");
    for (LinkView l : export.links()) {
      links
          .addObject()
          .put("predecessor", wbs.get(l.predecessorId()))
          .put("successor", wbs.get(l.successorId()))
          .put("type", l.type().name())
          .put("lag_value", l.lagValue())
          .put("lag_kind", l.lagKind() == null ? null : l.lagKind().name());
    }
    count += links.size();

    ArrayNode resources = section.putArray("resources");
    Map<Long, UserSummary> users =
        identity.usersByIds(
            export.resources().stream()
                .map(ResourceView::userId)
                .filter(Objects::nonNull)
                .toList());
    Map<Long, String> resourceNames = new HashMap<>();
    for (ResourceView r : export.resources()) {
      resourceNames.put(r.id(), r.name());
      ObjectNode node =
          resources
              .addObject()
              .put("name", r.name())
              .put("kind", r.kind().name())
              .put("max_units", amount(r.maxUnits()));
      UserSummary user = r.userId() == null ? null : users.get(r.userId());
      RecordsJson.person(
          node,
          "user",
          user == null ? null : user.username(),
          user == null ? null : user.displayName());
      node.put("cost_rate", amount(r.costRate()))
          .put("calendar", r.calendarId() == null ? null : calendarNames.get(r.calendarId()));
    }
    count += resources.size();

    ArrayNode requirements = section.putArray("requirements");
    for (RequirementView q : export.requirements()) {
      requirements
          .addObject()
          .put("task", wbs.get(q.taskId()))
          .put("resource", resourceNames.get(q.resourceId()))
          .put("units", amount(q.units()));
    }
    count += requirements.size();

    ArrayNode saved = section.putArray("baselines");
    for (PlanExport.SavedBaseline b : export.baselines()) {
      ObjectNode node =
          saved
              .addObject()
              .put("number", b.baseline().number())
              .put("name", b.baseline().name())
              .put("saved_at", RecordsJson.instant(b.baseline().savedAt()))
              .put("saved_by", b.baseline().savedBy());
      ArrayNode kept = node.putArray("tasks");
      for (BaselineTask t : b.tasks()) {
        kept.addObject()
            .put("task", wbs.get(t.taskId()))
            .put("start", moment(t.start()))
            .put("finish", moment(t.finish()))
            .put("duration_minutes", t.durationMinutes())
            .put("work_minutes", t.workMinutes())
            .put("cost", amount(t.cost()));
      }
      count += 1 + kept.size();
    }
    return count;
  }
}
