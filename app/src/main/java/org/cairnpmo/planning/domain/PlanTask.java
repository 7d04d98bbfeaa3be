package org.cairnpmo.planning.domain;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import lombok.AccessLevel;
import lombok.Getter;
import org.cairnpmo.planning.Distribution;
import org.cairnpmo.planning.DurationUnit;
import org.cairnpmo.planning.PlanLimits;
import org.cairnpmo.planning.TaskConstraint;
import org.cairnpmo.planning.TaskData;
import org.cairnpmo.planning.TaskKind;
import org.cairnpmo.planning.TaskProgress;
import org.cairnpmo.planning.TaskView;
import org.cairnpmo.planning.ThreePointEstimate;
import org.cairnpmo.planning.Variance;
import org.cairnpmo.platform.AuditStamp;
import org.cairnpmo.platform.Audited;
import org.cairnpmo.platform.GeneratedId;
import org.cairnpmo.platform.history.KeepsHistory;
import org.cairnpmo.platform.history.NotInHistory;

/**
 * A task of a plan: its place in the outline (parent, position among its siblings, and the WBS code
 * and level that follow from them), what the planner wrote, and the dates of the plan's last
 * scheduling run, stored so that reading a plan needs no scheduling.
 */
@Entity
@KeepsHistory("plan-task")
@Table(name = "pln_task")
@Getter
public class PlanTask extends GeneratedId implements Audited {

  private long planId;
  private Long parentId;
  private int position;
  private String wbs;
  private int outlineLevel;

  @Getter(AccessLevel.NONE)
  @NotInHistory
  private int outlineIndex;

  private String name;

  @Enumerated(EnumType.STRING)
  private TaskKind kind;

  private long durationMinutes;

  @Enumerated(EnumType.STRING)
  @Getter(AccessLevel.NONE)
  private DurationUnit durationUnit;

  @Enumerated(EnumType.STRING)
  @Getter(AccessLevel.NONE)
  private TaskConstraint constraintType;

  @Getter(AccessLevel.NONE)
  private LocalDateTime constraintDate;

  @Getter(AccessLevel.NONE)
  private LocalDateTime deadline;

  @Getter(AccessLevel.NONE)
  private boolean manual;

  @Getter(AccessLevel.NONE)
  private LocalDateTime manualStart;

  @Getter(AccessLevel.NONE)
  private LocalDateTime manualFinish;

  @Getter(AccessLevel.NONE)
  private double percentComplete;

  @Getter(AccessLevel.NONE)
  private LocalDateTime actualStart;

  @Getter(AccessLevel.NONE)
  private LocalDateTime actualFinish;

  @Getter(AccessLevel.NONE)
  private String notes;

  @Getter(AccessLevel.NONE)
  private int priority;

  @Getter(AccessLevel.NONE)
  private Long optimisticMinutes;

  @Getter(AccessLevel.NONE)
  private Long mostLikelyMinutes;

  @Getter(AccessLevel.NONE)
  private Long pessimisticMinutes;

  @Enumerated(EnumType.STRING)
  @Getter(AccessLevel.NONE)
  private Distribution distribution;

  private Long calendarId;
  private Long keyMilestoneId;

  private boolean summary;
  @NotInHistory private LocalDateTime startAt;
  @NotInHistory private LocalDateTime finishAt;

  @Getter(AccessLevel.NONE)
  @NotInHistory
  private LocalDateTime earlyStart;

  @Getter(AccessLevel.NONE)
  @NotInHistory
  private LocalDateTime earlyFinish;

  @Getter(AccessLevel.NONE)
  @NotInHistory
  private LocalDateTime lateStart;

  @Getter(AccessLevel.NONE)
  @NotInHistory
  private LocalDateTime lateFinish;

  @Getter(AccessLevel.NONE)
  @NotInHistory
  private Long totalFloatMinutes;

  @Getter(AccessLevel.NONE)
  @NotInHistory
  private Long freeFloatMinutes;

  @Getter(AccessLevel.NONE)
  @NotInHistory
  private boolean critical;

  @Getter(AccessLevel.NONE)
  @NotInHistory
  private boolean nearCritical;

  @Embedded private AuditStamp audit;

  protected PlanTask() {}

  static PlanTask of(long planId, TaskData data, String by, Instant now) {
    PlanTask task = new PlanTask();
    task.planId = planId;
    task.wbs = "";
    task.audit = AuditStamp.created(by, now);
    task.write(data, by, now);
    return task;
  }

  /** Everything the planner writes, from {@code data} with its defaults; checked before. */
  void write(TaskData data, String by, Instant now) {
    name = data.name().strip();
    kind = data.kind() == null ? TaskKind.TASK : data.kind();
    durationMinutes =
        kind == TaskKind.MILESTONE || data.durationMinutes() == null ? 0 : data.durationMinutes();
    durationUnit = data.durationUnit() == null ? DurationUnit.DAYS : data.durationUnit();
    constraintType =
        data.constraintType() == null ? TaskConstraint.AS_SOON_AS_POSSIBLE : data.constraintType();
    constraintDate = constraintType.needsDate() ? data.constraintDate() : null;
    deadline = data.deadline();
    manual = Boolean.TRUE.equals(data.manual());
    manualStart = manual ? data.manualStart() : null;
    manualFinish = manual ? data.manualFinish() : null;
    percentComplete = data.percentComplete() == null ? 0 : data.percentComplete();
    actualStart = data.actualStart();
    actualFinish = data.actualFinish();
    notes = data.notes() == null || data.notes().isBlank() ? null : data.notes().strip();
    priority = data.priority() == null ? PlanLimits.DEFAULT_PRIORITY : data.priority();
    ThreePointEstimate estimate = data.estimate();
    optimisticMinutes = estimate == null ? null : estimate.optimisticMinutes();
    mostLikelyMinutes = estimate == null ? null : estimate.mostLikelyMinutes();
    pessimisticMinutes = estimate == null ? null : estimate.pessimisticMinutes();
    distribution = estimate == null ? null : estimate.distribution();
    calendarId = data.calendarId();
    keyMilestoneId = data.keyMilestoneId();
    audit.touch(by, now);
  }

  /**
   * Held back by leveling: it starts no earlier than {@code start}, as a "start no earlier than"
   * constraint, or there if it is manually scheduled.
   */
  void levelTo(LocalDateTime start, String by, Instant now) {
    if (manual) {
      manualStart = start;
      manualFinish = null;
    } else {
      constraintType = TaskConstraint.START_NO_EARLIER_THAN;
      constraintDate = start;
    }
    audit.touch(by, now);
  }

  /** What has been done of it; checked before. */
  void recordProgress(TaskProgress progress, String by, Instant now) {
    percentComplete = progress.percentComplete();
    actualStart = progress.actualStart();
    actualFinish = progress.actualFinish();
    audit.touch(by, now);
  }

  /** Its place in the outline: under {@code newParentId} at {@code newPosition}. */
  void place(Long newParentId, int newPosition) {
    parentId = newParentId;
    position = newPosition;
  }

  /** The WBS code, level and index in the whole outline that follow from its place. */
  void number(String newWbs, int newLevel, int newIndex) {
    wbs = newWbs;
    outlineLevel = newLevel;
    outlineIndex = newIndex;
  }

  /** The dates of a scheduling run. */
  void schedule(ScheduledDates dates) {
    summary = dates.summary();
    startAt = dates.start();
    finishAt = dates.finish();
    earlyStart = dates.earlyStart();
    earlyFinish = dates.earlyFinish();
    lateStart = dates.lateStart();
    lateFinish = dates.lateFinish();
    totalFloatMinutes = dates.totalFloatMinutes();
    freeFloatMinutes = dates.freeFloatMinutes();
    critical = dates.critical();
    nearCritical = dates.nearCritical();
  }

  public ThreePointEstimate estimate() {
    return optimisticMinutes == null
        ? null
        : new ThreePointEstimate(
            optimisticMinutes, mostLikelyMinutes, pessimisticMinutes, distribution);
  }

  public TaskView view(long planVersion) {
    return view(planVersion, null);
  }

  /** The task with its variance against a baseline (none when null). */
  public TaskView view(long planVersion, Variance variance) {
    return new TaskView(
        getId(),
        parentId,
        position,
        wbs,
        outlineLevel,
        name,
        kind,
        summary,
        durationMinutes,
        durationUnit,
        constraintType,
        constraintDate,
        deadline,
        manual,
        manualStart,
        manualFinish,
        percentComplete,
        actualStart,
        actualFinish,
        notes,
        priority,
        estimate(),
        calendarId,
        keyMilestoneId,
        startAt,
        finishAt,
        earlyStart,
        earlyFinish,
        lateStart,
        lateFinish,
        totalFloatMinutes,
        freeFloatMinutes,
        critical,
        nearCritical,
        variance,
        planVersion);
  }

  @Override
  public AuditStamp audit() {
    return audit;
  }
}
