package org.cairnpmo.planning.domain;

import java.time.Clock;
import java.time.LocalTime;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.cairnpmo.control.ControlApi;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.planning.PlanEdit;
import org.cairnpmo.planning.PlanScheduled;
import org.cairnpmo.planning.PlanView;
import org.cairnpmo.planning.ScheduleResult;
import org.cairnpmo.platform.StaleVersionException;
import org.cairnpmo.projects.ProjectView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one way a plan changes: check that the caller may change it, make the plan on first use,
 * raise its version if it still is the one the caller edited (409 otherwise), apply the change,
 * schedule the plan again, store the dates, move the linked key milestones and tell the read
 * models. Runs inside the caller's transaction.
 */
@Component
record PlanEditor(
    PlanStore store,
    PlanAccess access,
    PlanReader reader,
    ControlApi control,
    ApplicationEventPublisher events,
    Clock clock) {

  /** A plan starts at the start of a working day. */
  static final LocalTime DAY_START = LocalTime.of(8, 0);

  /**
   * Which plan a change is for, the version it was based on, who makes it and whether it is
   * leveling (which resource managers may apply too).
   */
  record At(long projectId, long expectedVersion, CurrentUser editor, boolean leveling) {}

  static At at(long projectId, long expectedVersion, CurrentUser editor) {
    return new At(projectId, expectedVersion, editor, false);
  }

  static At leveling(long projectId, long expectedVersion, CurrentUser leveler) {
    return new At(projectId, expectedVersion, leveler, true);
  }

  /**
   * Applies {@code change} to the plan {@code at} names; the change answers how to show its result
   * once the plan's new version is known.
   */
  <T> PlanEdit<T> edit(At at, Function<PlanContext, LongFunction<T>> change) {
    ProjectView project =
        at.leveling()
            ? access.levelable(at.projectId(), at.editor())
            : access.editable(at.projectId(), at.editor());
    PlanContext context = open(project, at.expectedVersion(), at.editor());
    LongFunction<T> result = change.apply(context);
    ScheduleResult schedule = reschedule(context);
    return new PlanEdit<>(result.apply(schedule.version()), schedule);
  }

  /** Applies a change of the plan itself (its settings, its progress): the answer is the plan. */
  PlanEdit<PlanView> editPlan(At at, Consumer<PlanContext> change) {
    return edit(
        at,
        context -> {
          change.accept(context);
          return version -> reader.view(reader.read(at.projectId(), at.editor()));
        });
  }

  /** Applies a deletion: nothing is left to show, so the answer is only what moved. */
  PlanEdit<Void> delete(At at, Consumer<PlanContext> deletion) {
    return edit(
        at,
        context -> {
          deletion.accept(context);
          return version -> null;
        });
  }

  /** Schedules the plan again without a change of the planner's (any version). */
  ScheduleResult schedule(long projectId, CurrentUser editor) {
    Plan plan = planOf(access.editable(projectId, editor), editor);
    return reschedule(open(projectId, plan.getVersion(), editor));
  }

  /** A change opened at {@code expectedVersion}: the plan's version is raised already. */
  PlanContext open(long projectId, long expectedVersion, CurrentUser editor) {
    return open(access.editable(projectId, editor), expectedVersion, editor);
  }

  private PlanContext open(ProjectView project, long expectedVersion, CurrentUser editor) {
    Plan plan = planOf(project, editor);
    plan.requireVersion(expectedVersion);
    if (store.plans().raiseVersion(plan.getId(), expectedVersion) == 0) {
      throw new StaleVersionException(
          "The plan", expectedVersion, store.plans().currentVersion(plan.getId()));
    }
    plan.versionRaisedTo(expectedVersion + 1);
    plan.changed(editor.username(), clock.instant());
    return new PlanContext(store, project, plan, editor, clock.instant());
  }

  /** The project's plan; made empty the first time (the caller may change it). */
  Plan planOf(ProjectView project, CurrentUser editor) {
    return store
        .plans()
        .findByProjectId(project.id())
        .orElseGet(
            () ->
                store
                    .plans()
                    .saveAndFlush(
                        Plan.start(
                            project.id(),
                            reader.startOf(project),
                            editor.username(),
                            clock.instant())));
  }

  private ScheduleResult reschedule(PlanContext context) {
    Rescheduler.Outcome outcome = Rescheduler.run(context);
    Plan plan = context.plan();
    store.plans().saveAndFlush(plan);
    if (!outcome.keyMilestones().isEmpty()) {
      control.followSchedule(plan.getProjectId(), outcome.keyMilestones(), context.by());
    }
    events.publishEvent(
        new PlanScheduled(plan.getProjectId(), plan.getId(), outcome.finish(), plan.getVersion()));
    return new ScheduleResult(
        plan.getProjectId(),
        outcome.start(),
        outcome.finish(),
        plan.getScheduledAt(),
        outcome.moved(),
        outcome.conflicts(),
        plan.getVersion());
  }
}
