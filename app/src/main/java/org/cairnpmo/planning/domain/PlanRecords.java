package org.cairnpmo.planning.domain;

import static org.cairnpmo.projects.RecordsJson.text;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cairnpmo.control.ControlApi;
import org.cairnpmo.control.MilestoneView;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.planning.BaselineTask;
import org.cairnpmo.planning.CalendarException;
import org.cairnpmo.planning.CalendarView;
import org.cairnpmo.planning.DependencyType;
import org.cairnpmo.planning.Distribution;
import org.cairnpmo.planning.DurationUnit;
import org.cairnpmo.planning.LagKind;
import org.cairnpmo.planning.LinkView;
import org.cairnpmo.planning.PlanExport;
import org.cairnpmo.planning.PlanImport;
import org.cairnpmo.planning.PlanView;
import org.cairnpmo.planning.RequirementView;
import org.cairnpmo.planning.ResourceData;
import org.cairnpmo.planning.ResourceKind;
import org.cairnpmo.planning.ResourceView;
import org.cairnpmo.planning.ScheduleMode;
import org.cairnpmo.planning.TaskConstraint;
import org.cairnpmo.planning.TaskData;
import org.cairnpmo.planning.TaskKind;
import org.cairnpmo.planning.TaskView;
import org.cairnpmo.planning.ThreePointEstimate;
import org.cairnpmo.planning.WeekdayHours;
import org.cairnpmo.planning.WorkingPeriod;
import org.cairnpmo.platform.history.RecordHistory;
import org.cairnpmo.projects.ImportContext;
import org.cairnpmo.projects.ProjectRecordsSection;
import org.cairnpmo.projects.RecordsJson;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Planning's section of a project's archive bundle: the whole plan (settings, the plan's own
 * calendars, tasks in outline order with their WBS codes, links, resources, requirements and
 * baselines). Parts refer to each other by WBS code (tasks) and name (calendars, resources), never
 * by id. On import the plan is replaced as a whole through the same path as a plan file ({@link
 * PlanImporter}), so it is checked whole and scheduled again: the dates written are the exporting
 * Cairn's and come back the same from the same plan. Restored after control, whose key milestones
 * the tasks name.
 */
@Component
class PlanRecords implements ProjectRecordsSection {

  private final PlanService plans;
  private final PlanImporter importer;
  private final PlanRepository planRepository;
  private final BaselineRepository baselines;
  private final ControlApi control;
  private final IdentityApi identity;
  private final RecordHistory history;
  private final PlanCalendarRepository calendarRepository;
  private final PlanTaskRepository taskRepository;

  PlanRecords(
      PlanService plans,
      PlanImporter importer,
      PlanRepository planRepository,
      BaselineRepository baselines,
      ControlApi control,
      IdentityApi identity,
      RecordHistory history,
      PlanCalendarRepository calendarRepository,
      PlanTaskRepository taskRepository) {
    this.history = history;
    this.calendarRepository = calendarRepository;
    this.taskRepository = taskRepository;
    this.plans = plans;
    this.importer = importer;
    this.planRepository = planRepository;
    this.baselines = baselines;
    this.control = control;
    this.identity = identity;
  }

  @Override
  public String name() {
    return "planning";
  }

  @Override
  public int schemaVersion() {
    return 1;
  }

  /** After control (key milestones), before resources (RACI rows name tasks). */
  @Override
  public int order() {
    return 200;
  }

  /** Reads for the archive, which checked who exports; changes as the one who imports. */
  private static CurrentUser system(String username) {
    return new CurrentUser(0, username, username, Set.of(Role.ADMIN));
  }

  @Override
  public int write(long projectId, ObjectNode section) {
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

  @Override
  public int read(JsonNode section, ImportContext context) {
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

  private static String moment(LocalDateTime at) {
    return at == null ? null : at.toString();
  }

  private static String amount(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }

  private static <T> T value(JsonNode node, String field, Function<String, T> parse) {
    String text = text(node, field);
    return text == null ? null : parse.apply(text);
  }

  private static void periods(ArrayNode into, List<WorkingPeriod> periods) {
    for (WorkingPeriod p : periods) {
      into.addObject().put("from", p.from().toString()).put("to", p.to().toString());
    }
  }

  private static List<WorkingPeriod> periods(JsonNode list) {
    List<WorkingPeriod> out = new ArrayList<>();
    for (JsonNode p : list) {
      out.add(new WorkingPeriod(LocalTime.parse(text(p, "from")), LocalTime.parse(text(p, "to"))));
    }
    return out;
  }
}
