package org.cairnpmo.planning.domain;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.control.ControlApi;
import org.cairnpmo.control.MilestoneView;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.planning.OutlineShift;
import org.cairnpmo.planning.PlanEdit;
import org.cairnpmo.planning.PlanLimits;
import org.cairnpmo.planning.PlanView;
import org.cairnpmo.planning.ProgressUpdate;
import org.cairnpmo.planning.TaskData;
import org.cairnpmo.planning.TaskPlacement;
import org.cairnpmo.planning.TaskProgress;
import org.cairnpmo.planning.TaskView;
import org.cairnpmo.platform.InLists;
import org.cairnpmo.platform.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tasks of a plan: added at a place in the outline, changed, moved (indented, outdented) with
 * everything under them, and deleted with everything under them and their links, requirements and
 * baseline values. Every change reschedules the plan.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TaskService {

  private final PlanEditor editor;
  private final ControlApi control;

  @Transactional
  public PlanEdit<TaskView> add(
      long projectId,
      TaskData data,
      TaskPlacement placement,
      long expectedVersion,
      CurrentUser me) {
    return editor.edit(
        PlanEditor.at(projectId, expectedVersion, me),
        context -> {
          check(context, data);
          if (context.tasks().size() >= PlanLimits.MAX_TASKS) {
            throw InvalidInputException.of(
                "name", "A plan holds at most " + PlanLimits.MAX_TASKS + " tasks.");
          }
          TaskPlacement where = placement == null ? TaskPlacement.LAST_AT_TOP : placement;
          PlanTask parent =
              where.parentId() == null ? null : context.taskNamed("parentId", where.parentId());
          PlanTask task =
              context.add(PlanTask.of(context.planId(), data, context.by(), context.now()));
          context.outline().put(task, parent, where.position());
          return task::view;
        });
  }

  @Transactional
  public PlanEdit<TaskView> edit(
      long projectId, long taskId, TaskData data, long expectedVersion, CurrentUser me) {
    return onTask(
        taskId,
        PlanEditor.at(projectId, expectedVersion, me),
        (context, task) -> {
          check(context, data);
          task.write(data, context.by(), context.now());
        });
  }

  @Transactional
  public PlanEdit<TaskView> move(
      long projectId, long taskId, TaskPlacement placement, long expectedVersion, CurrentUser me) {
    return onTask(
        taskId,
        PlanEditor.at(projectId, expectedVersion, me),
        (context, task) -> {
          Long parentId = placement.parentId();
          PlanTask parent = parentId == null ? null : context.taskNamed("parentId", parentId);
          context.outline().put(task, parent, placement.position());
        });
  }

  @Transactional
  public PlanEdit<TaskView> shift(
      long projectId, long taskId, OutlineShift shift, long expectedVersion, CurrentUser me) {
    return onTask(
        taskId,
        PlanEditor.at(projectId, expectedVersion, me),
        (context, task) -> context.outline().shift(task, shift));
  }

  @Transactional
  public PlanEdit<Void> delete(long projectId, long taskId, long expectedVersion, CurrentUser me) {
    return editor.delete(
        PlanEditor.at(projectId, expectedVersion, me),
        context -> deleteWithChildren(context, context.task(taskId)));
  }

  /** A change of one task of the plan ("not found" when it is another plan's), then its view. */
  private PlanEdit<TaskView> onTask(
      long taskId, PlanEditor.At at, BiConsumer<PlanContext, PlanTask> change) {
    return editor.edit(
        at,
        context -> {
          PlanTask task = context.task(taskId);
          change.accept(context, task);
          return task::view;
        });
  }

  @Transactional
  public PlanEdit<PlanView> recordProgress(
      long projectId, ProgressUpdate update, long expectedVersion, CurrentUser me) {
    return editor.editPlan(
        PlanEditor.at(projectId, expectedVersion, me),
        context -> {
          Problems problems = new Problems();
          problems.require(update.statusDate() != null, "statusDate", "Enter the status date");
          problems.moment("statusDate", update.statusDate());
          Set<Long> seen = new HashSet<>();
          problems.each(
              "tasks",
              update.tasks(),
              progress -> progress.taskId() != null,
              "taskId",
              "Name the task",
              (progress, part) -> {
                part.require(
                    context.tasks().stream().anyMatch(t -> t.getId().equals(progress.taskId())),
                    "taskId",
                    "This plan has no task " + progress.taskId() + ".");
                part.require(seen.add(progress.taskId()), "taskId", "One entry per task.");
                TaskChecks.progress(
                    progress.percentComplete(),
                    progress.actualStart(),
                    progress.actualFinish(),
                    part);
              });
          problems.throwIfAny();
          for (TaskProgress progress : update.tasks()) {
            context.task(progress.taskId()).recordProgress(progress, context.by(), context.now());
          }
          context.plan().statusOn(update.statusDate());
        });
  }

  /**
   * Applies leveling: each task named starts no earlier than its leveled start (see {@link
   * PlanTask#levelTo}). Leveling only delays, so a start before the task's scheduled start, a
   * summary task or one of another plan is refused and nothing changes.
   */
  @Transactional
  public PlanEdit<PlanView> applyLeveling(
      long projectId, Map<Long, LocalDateTime> starts, long expectedVersion, CurrentUser me) {
    return editor.editPlan(
        PlanEditor.leveling(projectId, expectedVersion, me),
        context -> {
          Problems problems = new Problems();
          problems.require(!starts.isEmpty(), "starts", "Name at least one task to move.");
          for (Map.Entry<Long, LocalDateTime> move : starts.entrySet()) {
            PlanTask task = context.taskNamed("starts", move.getKey());
            LocalDateTime start = move.getValue();
            problems.require(
                !task.isSummary(),
                "starts",
                "Task " + task.getWbs() + " is a summary task; its tasks move instead.");
            problems.require(
                start != null && task.getStartAt() != null && !start.isBefore(task.getStartAt()),
                "starts",
                "Leveling only delays: task "
                    + task.getWbs()
                    + " cannot start before it does now.");
          }
          problems.throwIfAny();
          starts.forEach(
              (id, start) -> context.task(id).levelTo(start, context.by(), context.now()));
        });
  }

  /** Deletes the task, everything under it and what refers to them. */
  static void deleteWithChildren(PlanContext context, PlanTask task) {
    Outline outline = context.outline();
    List<PlanTask> doomed = outline.subtree(task);
    Set<Long> ids = doomed.stream().map(PlanTask::getId).collect(Collectors.toSet());
    PlanStore store = context.store();
    for (PlanLink link : new ArrayList<>(context.links())) {
      if (ids.contains(link.getPredecessorId()) || ids.contains(link.getSuccessorId())) {
        context.remove(link);
      }
    }
    store
        .requirements()
        .deleteAll(
            store.requirements().findByPlanIdOrderByIdAsc(context.planId()).stream()
                .filter(r -> ids.contains(r.getTaskId()))
                .toList());
    for (List<Long> chunk : InLists.chunks(ids)) {
      store.baselines().forgetTasks(chunk);
    }
    outline.remove(doomed);
    List<PlanTask> childrenFirst = new ArrayList<>(doomed);
    java.util.Collections.reverse(childrenFirst);
    store.tasks().deleteAll(childrenFirst);
  }

  private void check(PlanContext context, TaskData data) {
    Problems problems = new Problems();
    Set<Long> calendars = new HashSet<>(context.calendars().ids());
    Set<Long> milestones =
        data.keyMilestoneId() == null
            ? Set.of()
            : control.milestones(context.project().id(), context.editor()).stream()
                .map(MilestoneView::id)
                .collect(Collectors.toSet());
    TaskChecks.check(data, problems, calendars, milestones);
    problems.throwIfAny();
  }
}
