package org.cairnpmo.planning.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.control.ControlApi;
import org.cairnpmo.control.MilestoneView;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.planning.BaselineTask;
import org.cairnpmo.planning.CalendarData;
import org.cairnpmo.planning.PlanEdit;
import org.cairnpmo.planning.PlanImport;
import org.cairnpmo.planning.PlanImport.ImportBaseline;
import org.cairnpmo.planning.PlanImport.ImportCalendar;
import org.cairnpmo.planning.PlanImport.ImportLink;
import org.cairnpmo.planning.PlanImport.ImportRequirement;
import org.cairnpmo.planning.PlanImport.ImportResource;
import org.cairnpmo.planning.PlanImport.ImportTask;
import org.cairnpmo.planning.PlanView;
import org.cairnpmo.planning.ResourceData;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces everything in a project's plan by a whole plan read from a file, all or nothing: the
 * file is checked completely first ({@link ImportChecks}), then the old content goes and the new
 * comes in one transaction, and the plan is scheduled. Key milestone links the project does not
 * have are dropped.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PlanImporter {

  private final PlanEditor editor;
  private final PlanReader reader;
  private final PlanWipe wipe;
  private final ResourceService resources;
  private final ControlApi control;

  @Transactional
  public PlanEdit<PlanView> replace(
      long projectId, PlanImport plan, long expectedVersion, CurrentUser me) {
    ImportChecks.check(plan, resources);
    return editor.edit(
        PlanEditor.at(projectId, expectedVersion, me),
        context -> {
          Set<Long> milestones =
              control.milestones(projectId, me).stream()
                  .map(MilestoneView::id)
                  .collect(Collectors.toSet());
          PlanImport.Settings settings = plan.settings();
          context
              .plan()
              .configure(
                  settings.start(),
                  settings.statusDate(),
                  null,
                  settings.scheduleMode(),
                  settings.nearCriticalMinutes() == null ? 0 : settings.nearCriticalMinutes());
          wipe.wipe(context.planId());
          Map<String, Long> calendars = calendars(context, plan.calendars());
          Map<String, PlanTask> tasks = tasks(context, plan.tasks(), calendars, milestones);
          links(context, plan.links(), tasks);
          Map<String, Long> resourceIds = resources(context, plan.resources(), calendars);
          requirements(context, plan.requirements(), tasks, resourceIds);
          baselines(context, plan.baselines(), tasks);
          context
              .plan()
              .configure(
                  settings.start(),
                  settings.statusDate(),
                  settings.calendarKey() == null ? null : calendars.get(settings.calendarKey()),
                  settings.scheduleMode(),
                  settings.nearCriticalMinutes() == null ? 0 : settings.nearCriticalMinutes());
          context.calendarsChanged();
          return version -> reader.view(reader.read(projectId, me));
        });
  }

  private static Map<String, Long> calendars(PlanContext context, List<ImportCalendar> calendars) {
    Map<String, PlanCalendar> saved = new HashMap<>();
    for (ImportCalendar calendar : calendars) {
      saved.put(
          calendar.key(),
          context
              .store()
              .calendars()
              .save(PlanCalendar.of(context.planId(), data(calendar), null)));
    }
    Map<String, Long> ids = new HashMap<>();
    saved.forEach((key, calendar) -> ids.put(key, calendar.getId()));
    for (ImportCalendar calendar : calendars) {
      if (calendar.baseKey() != null) {
        saved.get(calendar.key()).write(data(calendar), ids.get(calendar.baseKey()));
      }
    }
    return ids;
  }

  private static CalendarData data(ImportCalendar calendar) {
    return new CalendarData(calendar.name(), null, calendar.week(), calendar.exceptions());
  }

  private static Map<String, PlanTask> tasks(
      PlanContext context,
      List<ImportTask> tasks,
      Map<String, Long> calendars,
      Set<Long> milestones) {
    Map<String, PlanTask> byKey = new HashMap<>();
    List<PlanTask> parents = new ArrayList<>();
    Map<Long, Integer> nextPosition = new HashMap<>();
    for (ImportTask imported : tasks) {
      Long milestone = imported.data().keyMilestoneId();
      PlanTask task =
          context.add(
              PlanTask.of(
                  context.planId(),
                  imported
                      .data()
                      .withLinks(
                          imported.calendarKey() == null
                              ? null
                              : calendars.get(imported.calendarKey()),
                          milestone != null && milestones.contains(milestone) ? milestone : null),
                  context.by(),
                  context.now()));
      int level = imported.outlineLevel();
      while (parents.size() >= level) {
        parents.remove(parents.size() - 1);
      }
      PlanTask parent = parents.isEmpty() ? null : parents.get(parents.size() - 1);
      Long parentId = parent == null ? null : parent.getId();
      long slot = parentId == null ? 0 : parentId;
      int position = nextPosition.merge(slot, 1, Integer::sum) - 1;
      task.place(parentId, position);
      parents.add(task);
      byKey.put(imported.key(), task);
    }
    return byKey;
  }

  private static void links(
      PlanContext context, List<ImportLink> links, Map<String, PlanTask> tasks) {
    for (ImportLink link : links) {
      context.add(
          PlanLink.of(
              context.planId(),
              tasks.get(link.predecessorKey()).getId(),
              tasks.get(link.successorKey()).getId(),
              link.type(),
              link.lagValue(),
              link.lagKind()));
    }
  }

  private static Map<String, Long> resources(
      PlanContext context, List<ImportResource> resources, Map<String, Long> calendars) {
    Map<String, Long> ids = new HashMap<>();
    for (ImportResource imported : resources) {
      ResourceData data = imported.data();
      ResourceData placed =
          new ResourceData(
              data.name(),
              data.kind(),
              data.maxUnits(),
              data.userId(),
              data.costRate(),
              imported.calendarKey() == null ? null : calendars.get(imported.calendarKey()));
      ids.put(
          imported.key(),
          context.store().resources().save(PlanResource.of(context.planId(), placed)).getId());
    }
    return ids;
  }

  private static void requirements(
      PlanContext context,
      List<ImportRequirement> requirements,
      Map<String, PlanTask> tasks,
      Map<String, Long> resources) {
    for (ImportRequirement requirement : requirements) {
      context
          .store()
          .requirements()
          .save(
              TaskRequirement.of(
                  context.planId(),
                  tasks.get(requirement.taskKey()).getId(),
                  resources.get(requirement.resourceKey()),
                  requirement.units()));
    }
  }

  private static void baselines(
      PlanContext context, List<ImportBaseline> baselines, Map<String, PlanTask> tasks) {
    for (ImportBaseline baseline : baselines) {
      List<BaselineSnapshot> snapshots =
          baseline.tasks().stream()
              .map(
                  t ->
                      new BaselineSnapshot(
                          new BaselineTask(
                              tasks.get(t.taskKey()).getId(),
                              t.start(),
                              t.finish(),
                              t.durationMinutes(),
                              t.workMinutes(),
                              t.cost())))
              .toList();
      String name =
          baseline.name() == null || baseline.name().isBlank()
              ? BaselineService.defaultName(baseline.number())
              : baseline.name().strip();
      context
          .store()
          .baselines()
          .save(
              Baseline.save(
                  context.planId(),
                  baseline.number(),
                  name,
                  snapshots,
                  context.by(),
                  context.now()));
    }
  }
}
