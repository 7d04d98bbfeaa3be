package org.cairnpmo.planning.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.cairnpmo.planning.CalendarData;
import org.cairnpmo.planning.PlanImport;
import org.cairnpmo.planning.PlanImport.ImportBaseline;
import org.cairnpmo.planning.PlanImport.ImportBaselineTask;
import org.cairnpmo.planning.PlanImport.ImportCalendar;
import org.cairnpmo.planning.PlanImport.ImportLink;
import org.cairnpmo.planning.PlanImport.ImportRequirement;
import org.cairnpmo.planning.PlanImport.ImportResource;
import org.cairnpmo.planning.PlanImport.ImportTask;
import org.cairnpmo.planning.PlanLimits;
import org.cairnpmo.planning.TaskData;
import org.cairnpmo.platform.InputRules;

/**
 * Everything a whole imported plan must be before anything of the plan it replaces is touched: each
 * part by the rules its API has, and every reference by key to something the file has. All problems
 * are reported at once, under the part they are in ({@code tasks[12].name}).
 */
final class ImportChecks {

  private ImportChecks() {}

  static void check(PlanImport plan, ResourceService resources) {
    Problems problems = new Problems();
    settings(plan, problems);
    Set<String> calendars = calendars(plan.calendars(), problems);
    problems.require(
        plan.settings() == null
            || plan.settings().calendarKey() == null
            || calendars.contains(plan.settings().calendarKey()),
        "settings.calendarKey",
        "The file has no calendar "
            + (plan.settings() == null ? "" : plan.settings().calendarKey())
            + ".");
    Set<String> tasks = tasks(plan.tasks(), calendars, problems);
    links(plan.links(), tasks, problems);
    Set<String> resourceKeys = resources(plan.resources(), calendars, resources, problems);
    requirements(plan.requirements(), tasks, resourceKeys, problems);
    baselines(plan.baselines(), tasks, problems);
    problems.throwIfAny();
  }

  private static void settings(PlanImport plan, Problems problems) {
    if (plan.settings() == null || plan.settings().start() == null) {
      problems.add("settings.start", "The plan needs the date it starts.");
      return;
    }
    problems.moment("settings.start", plan.settings().start());
    problems.moment("settings.statusDate", plan.settings().statusDate());
    Long nearCritical = plan.settings().nearCriticalMinutes();
    problems.require(
        nearCritical == null
            || (nearCritical >= 0 && nearCritical <= PlanLimits.MAX_DURATION_MINUTES),
        "settings.nearCriticalMinutes",
        "The near-critical float is 0 to 20 years (10540800 minutes).");
  }

  private static Set<String> calendars(List<ImportCalendar> calendars, Problems problems) {
    Map<String, String> bases = new HashMap<>();
    problems.each(
        "calendars",
        calendars,
        "key",
        "A calendar is missing.",
        (calendar, part) -> {
          key(part, calendar.key(), bases.keySet());
          bases.put(calendar.key(), calendar.baseKey());
          CalendarChecks.check(
              new CalendarData(calendar.name(), null, calendar.week(), calendar.exceptions()),
              part);
        });
    for (int i = 0; i < calendars.size(); i++) {
      ImportCalendar calendar = calendars.get(i);
      if (calendar == null || calendar.baseKey() == null) {
        continue;
      }
      Problems part = problems.under("calendars[" + i + "]");
      if (!bases.containsKey(calendar.baseKey())) {
        part.add("baseKey", "The file has no calendar " + calendar.baseKey() + ".");
        continue;
      }
      Set<String> chain = new HashSet<>();
      String current = calendar.key();
      while (current != null && chain.add(current)) {
        current = bases.get(current);
      }
      part.require(current == null, "baseKey", "The calendars derive from each other in a circle.");
    }
    return bases.keySet();
  }

  private static Set<String> tasks(
      List<ImportTask> tasks, Set<String> calendars, Problems problems) {
    Set<String> keys = new HashSet<>();
    problems.require(
        tasks.size() <= PlanLimits.MAX_TASKS,
        "tasks",
        "A plan holds at most " + PlanLimits.MAX_TASKS + " tasks.");
    AtomicInteger level = new AtomicInteger();
    problems.each(
        "tasks",
        tasks,
        task -> task.data() != null,
        "data",
        "A task is missing.",
        (task, part) -> {
          key(part, task.key(), keys);
          keys.add(task.key());
          int previous = level.get();
          part.require(
              task.outlineLevel() >= 1 && task.outlineLevel() <= previous + 1,
              "outlineLevel",
              "The outline level is 1 for the first task and at most one deeper than the task"
                  + " before.");
          level.set(Math.max(1, Math.min(task.outlineLevel(), previous + 1)));
          TaskData data = task.data().withLinks(null, null);
          TaskChecks.check(data, part.under("data"), null, null);
          part.require(
              task.calendarKey() == null || calendars.contains(task.calendarKey()),
              "calendarKey",
              "The file has no calendar " + task.calendarKey() + ".");
        });
    return keys;
  }

  private static void links(List<ImportLink> links, Set<String> tasks, Problems problems) {
    Set<String> pairs = new HashSet<>();
    problems.each(
        "links",
        links,
        "predecessorKey",
        "A link is missing.",
        (link, part) -> {
          LinkService.linkRules(
              part,
              tasks.contains(link.predecessorKey()),
              tasks.contains(link.successorKey()),
              link.predecessorKey(),
              link.successorKey(),
              link.lagValue(),
              link.lagKind());
          part.require(
              pairs.add(link.predecessorKey() + "\u0000" + link.successorKey()),
              "successorKey",
              "These two tasks are linked twice.");
        });
  }

  private static Set<String> resources(
      List<ImportResource> resources,
      Set<String> calendars,
      ResourceService service,
      Problems problems) {
    Set<String> keys = new HashSet<>();
    Set<String> names = new HashSet<>();
    problems.each(
        "resources",
        resources,
        resource -> resource.data() != null,
        "data",
        "A resource is missing.",
        (resource, part) -> {
          key(part, resource.key(), keys);
          keys.add(resource.key());
          ResourceService.resourceRules(resource.data(), part.under("data"));
          service.checkUser(resource.data().userId(), part.under("data"));
          String name = resource.data().name();
          part.require(
              name == null || names.add(name.strip().toLowerCase(Locale.ROOT)),
              "data.name",
              "Two resources have this name.");
          part.require(
              resource.calendarKey() == null || calendars.contains(resource.calendarKey()),
              "calendarKey",
              "The file has no calendar " + resource.calendarKey() + ".");
        });
    return keys;
  }

  private static void requirements(
      List<ImportRequirement> requirements,
      Set<String> tasks,
      Set<String> resources,
      Problems problems) {
    Set<String> pairs = new HashSet<>();
    problems.each(
        "requirements",
        requirements,
        "taskKey",
        "A requirement is missing.",
        (requirement, part) -> {
          known(part, "taskKey", requirement.taskKey(), tasks, "task");
          known(part, "resourceKey", requirement.resourceKey(), resources, "resource");
          ResourceService.units(requirement.units(), part, "units");
          part.require(
              pairs.add(requirement.taskKey() + "\u0000" + requirement.resourceKey()),
              "resourceKey",
              "The task requires this resource twice.");
        });
  }

  private static void baselines(
      List<ImportBaseline> baselines, Set<String> tasks, Problems problems) {
    Set<Integer> numbers = new HashSet<>();
    problems.each(
        "baselines",
        baselines,
        "number",
        "A baseline is missing.",
        (baseline, part) -> {
          part.require(
              baseline.number() >= 0 && baseline.number() <= PlanLimits.MAX_BASELINE_NUMBER,
              "number",
              "Baselines are numbered 0 to " + PlanLimits.MAX_BASELINE_NUMBER + ".");
          part.require(numbers.add(baseline.number()), "number", "Two baselines have this number.");
          part.text("name", baseline.name(), 200, false, "");
          baselineTasks(baseline.tasks(), tasks, part);
        });
  }

  private static void baselineTasks(
      List<ImportBaselineTask> baselineTasks, Set<String> tasks, Problems part) {
    Set<String> seen = new HashSet<>();
    part.each(
        "tasks",
        baselineTasks,
        "taskKey",
        "A task is missing.",
        (task, taskPart) -> {
          known(taskPart, "taskKey", task.taskKey(), tasks, "task");
          taskPart.require(
              seen.add(task.taskKey()), "taskKey", "The baseline has this task twice.");
          taskPart.moment("start", task.start());
          taskPart.moment("finish", task.finish());
          taskPart.require(
              task.durationMinutes() >= 0
                  && task.durationMinutes() <= PlanLimits.MAX_DURATION_MINUTES,
              "durationMinutes",
              PlanLimits.DURATION_MESSAGE);
          taskPart.require(task.workMinutes() >= 0, "workMinutes", "Work cannot be negative.");
          taskPart.require(
              task.cost() == null || task.cost().abs().compareTo(InputRules.MAX_AMOUNT) <= 0,
              "cost",
              "The cost is too large.");
        });
  }

  private static void key(Problems part, String key, Set<String> seen) {
    part.text("key", key, 200, true, "Every part of the file needs its key.");
    part.require(key == null || !seen.contains(key), "key", "Two parts have the key " + key + ".");
  }

  private static void known(
      Problems part, String field, String key, Set<String> keys, String what) {
    part.require(
        key != null && keys.contains(key), field, "The file has no " + what + " " + key + ".");
  }
}
