package org.cairnpmo.planning.domain;

import static org.cairnpmo.planning.domain.PlanSectionJson.periods;
import static org.cairnpmo.planning.domain.PlanSectionJson.system;
import static org.cairnpmo.planning.domain.PlanSectionJson.value;
import static org.cairnpmo.projects.RecordsJson.text;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cairnpmo.control.ControlApi;
import org.cairnpmo.control.MilestoneView;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.planning.CalendarException;
import org.cairnpmo.planning.DependencyType;
import org.cairnpmo.planning.Distribution;
import org.cairnpmo.planning.DurationUnit;
import org.cairnpmo.planning.LagKind;
import org.cairnpmo.planning.PlanImport;
import org.cairnpmo.planning.ResourceData;
import org.cairnpmo.planning.ResourceKind;
import org.cairnpmo.planning.ScheduleMode;
import org.cairnpmo.planning.TaskConstraint;
import org.cairnpmo.planning.TaskData;
import org.cairnpmo.planning.TaskKind;
import org.cairnpmo.planning.ThreePointEstimate;
import org.cairnpmo.planning.WeekdayHours;
import org.cairnpmo.platform.history.RecordHistory;
import org.cairnpmo.projects.ImportContext;
import org.cairnpmo.projects.RecordsJson;
import tools.jackson.databind.JsonNode;

/**
 * Reads planning's bundle section back: replaces the plan whole through {@link PlanImporter}, then
 * restores baselines and the change logs under the new ids.
 */
record PlanSectionReader(
    PlanImporter importer,
    PlanRepository planRepository,
    BaselineRepository baselines,
    ControlApi control,
    RecordHistory history,
    PlanCalendarRepository calendarRepository,
    PlanTaskRepository taskRepository) {

  int read(JsonNode section, ImportContext context) {
    JsonNode plan = section.path("plan");
    if (plan.isMissingNode() || plan.isNull()) {
      return 0;
    }
    long projectId = context.projectId();
    CurrentUser actor = system(context.actor());
    Map<String, Long> milestones =
        control.milestones(projectId, actor).stream()
            .collect(Collectors.toMap(MilestoneView::name, MilestoneView::id, (a, b) -> a));

    List<PlanImport.ImportCalendar> calendars = new ArrayList<>();
    for (JsonNode c : section.path("calendars")) {
      List<WeekdayHours> week = new ArrayList<>();
      for (JsonNode d : c.path("week")) {
        week.add(new WeekdayHours(DayOfWeek.valueOf(text(d, "day")), periods(d.path("hours"))));
      }
      List<CalendarException> exceptions = new ArrayList<>();
      for (JsonNode x : c.path("exceptions")) {
        exceptions.add(
            new CalendarException(
                text(x, "name"),
                LocalDate.parse(text(x, "first_day")),
                LocalDate.parse(text(x, "last_day")),
                periods(x.path("hours"))));
      }
      calendars.add(
          new PlanImport.ImportCalendar(
              text(c, "name"), text(c, "name"), text(c, "base"), week, exceptions));
    }

    List<PlanImport.ImportTask> tasks = new ArrayList<>();
    for (JsonNode t : section.path("tasks")) {
      JsonNode e = t.path("estimate");
      ThreePointEstimate estimate =
          e.isMissingNode() || e.isNull()
              ? null
              : new ThreePointEstimate(
                  e.path("optimistic_minutes").asLong(),
                  e.path("most_likely_minutes").asLong(),
                  e.path("pessimistic_minutes").asLong(),
                  value(e, "distribution", Distribution::valueOf));
      String milestone = text(t, "key_milestone");
      TaskData data =
          new TaskData(
              text(t, "name"),
              value(t, "kind", TaskKind::valueOf),
              t.path("duration_minutes").asLong(),
              value(t, "duration_unit", DurationUnit::valueOf),
              value(t, "constraint_type", TaskConstraint::valueOf),
              value(t, "constraint_date", LocalDateTime::parse),
              value(t, "deadline", LocalDateTime::parse),
              t.path("manual").asBoolean(false),
              value(t, "manual_start", LocalDateTime::parse),
              value(t, "manual_finish", LocalDateTime::parse),
              t.path("percent_complete").asDouble(0),
              value(t, "actual_start", LocalDateTime::parse),
              value(t, "actual_finish", LocalDateTime::parse),
              text(t, "notes"),
              t.path("priority").asInt(500),
              estimate,
              null,
              milestone == null ? null : milestones.get(milestone));
      tasks.add(
          new PlanImport.ImportTask(
              text(t, "wbs"), t.path("outline_level").asInt(1), data, text(t, "calendar")));
    }

    List<PlanImport.ImportLink> links = new ArrayList<>();
    for (JsonNode l : section.path("links")) {
      links.add(
          new PlanImport.ImportLink(
              text(l, "predecessor"),
              text(l, "successor"),
              DependencyType.valueOf(text(l, "type")),
              l.path("lag_value").asLong(),
              value(l, "lag_kind", LagKind::valueOf)));
    }

    List<PlanImport.ImportResource> resources = new ArrayList<>();
    for (JsonNode r : section.path("resources")) {
      Optional<Long> user = context.user(r.path("user"));
      resources.add(
          new PlanImport.ImportResource(
              text(r, "name"),
              new ResourceData(
                  text(r, "name"),
                  ResourceKind.valueOf(text(r, "kind")),
                  value(r, "max_units", BigDecimal::new),
                  user.orElse(null),
                  value(r, "cost_rate", BigDecimal::new),
                  null),
              text(r, "calendar")));
    }

    List<PlanImport.ImportRequirement> requirements = new ArrayList<>();
    for (JsonNode q : section.path("requirements")) {
      requirements.add(
          new PlanImport.ImportRequirement(
              text(q, "task"), text(q, "resource"), value(q, "units", BigDecimal::new)));
    }

    List<PlanImport.ImportBaseline> kept = new ArrayList<>();
    for (JsonNode b : section.path("baselines")) {
      List<PlanImport.ImportBaselineTask> snapshots = new ArrayList<>();
      for (JsonNode t : b.path("tasks")) {
        snapshots.add(
            new PlanImport.ImportBaselineTask(
                text(t, "task"),
                value(t, "start", LocalDateTime::parse),
                value(t, "finish", LocalDateTime::parse),
                t.path("duration_minutes").asLong(),
                t.path("work_minutes").asLong(),
                value(t, "cost", BigDecimal::new)));
      }
      kept.add(new PlanImport.ImportBaseline(b.path("number").asInt(), text(b, "name"), snapshots));
    }

    PlanImport whole =
        new PlanImport(
            new PlanImport.Settings(
                value(plan, "start", LocalDateTime::parse),
                value(plan, "status_date", LocalDateTime::parse),
                text(plan, "calendar"),
                value(plan, "schedule_mode", ScheduleMode::valueOf),
                plan.path("near_critical_minutes").asLong(0)),
            calendars,
            tasks,
            links,
            resources,
            requirements,
            kept);
    importer.replace(projectId, whole, 0, actor);

    // A baseline says who saved it and when, as it did where it came from.
    long planId = planRepository.findByProjectId(projectId).orElseThrow().getId();
    for (JsonNode b : section.path("baselines")) {
      baselines
          .findByPlanIdAndNumber(planId, b.path("number").asInt())
          .ifPresent(
              saved ->
                  saved.restoredFrom(
                      Optional.ofNullable(text(b, "saved_by")).orElse(context.actor()),
                      RecordsJson.instant(b, "saved_at")));
    }
    baselines.flush();
    restoreHistory(section, planId);
    return 1
        + calendars.size()
        + tasks.size()
        + links.size()
        + resources.size()
        + requirements.size()
        + kept.size()
        + kept.stream().mapToInt(b -> b.tasks().size()).sum();
  }

  /**
   * The change logs of the plan, its calendars (by name) and its tasks (by WBS code), under the ids
   * the import gave them.
   */
  private void restoreHistory(JsonNode section, long planId) {
    history.restore("plan", planId, section.path("plan").path("history"));
    Map<String, Long> calendarIds = new HashMap<>();
    calendarRepository
        .findByPlanIdOrderByNameAscIdAsc(planId)
        .forEach(c -> calendarIds.putIfAbsent(c.getName(), c.getId()));
    for (JsonNode c : section.path("calendars")) {
      Long id = calendarIds.get(text(c, "name"));
      if (id != null) {
        history.restore("plan-calendar", id, c.path("history"));
      }
    }
    Map<String, Long> taskIds = new HashMap<>();
    taskRepository
        .findByPlanIdOrderByOutlineIndexAsc(planId)
        .forEach(t -> taskIds.putIfAbsent(t.getWbs(), t.getId()));
    for (JsonNode t : section.path("tasks")) {
      Long id = taskIds.get(text(t, "wbs"));
      if (id != null) {
        history.restore("plan-task", id, t.path("history"));
      }
    }
  }
}
