package org.cairnpmo.planning.domain;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
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

/**
 * A task of a plan: its place in the outline (parent, position among its siblings, and the WBS code
 * and level that follow from them), what the planner wrote, and the dates of the plan's last
 * scheduling run, stored so that reading a plan needs no scheduling.
 */
@Entity
@Table(name = "pln_task")
public class PlanTask extends GeneratedId implements Audited {

  private long planId;
  private Long parentId;
  private int position;
  private String wbs;
  private int outlineLevel;
  private int outlineIndex;

  private String name;

  @Enumerated(EnumType.STRING)
  private TaskKind kind;

  private long durationMinutes;

  @Enumerated(EnumType.STRING)
  private DurationUnit durationUnit;

  @Enumerated(EnumType.STRING)
  private TaskConstraint constraintType;

  private LocalDateTime constraintDate;
  private LocalDateTime deadline;
  private boolean manual;
  private LocalDateTime manualStart;
  private LocalDateTime manualFinish;
  private double percentComplete;
  private LocalDateTime actualStart;
  private LocalDateTime actualFinish;
  private String notes;
  private int priority;
  private Long optimisticMinutes;
  private Long mostLikelyMinutes;
  private Long pessimisticMinutes;

  @Enumerated(EnumType.STRING)
  private Distribution distribution;

  private Long calendarId;
  private Long keyMilestoneId;

  private boolean summary;
  private LocalDateTime startAt;
  private LocalDateTime finishAt;
  private LocalDateTime earlyStart;
  private LocalDateTime earlyFinish;
  private LocalDateTime lateStart;
  private LocalDateTime lateFinish;
  private Long totalFloatMinutes;
  private Long freeFloatMinutes;
  private boolean critical;
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

  public long getPlanId() {
    return planId;
  }

  public int getOutlineLevel() {
    return outlineLevel;
  }

  public Long getParentId() {
    return parentId;
  }

  public int getPosition() {
    return position;
  }

  public String getWbs() {
    return wbs;
  }

  public String getName() {
    return name;
  }

  public TaskKind getKind() {
    return kind;
  }

  public long getDurationMinutes() {
    return durationMinutes;
  }

  public Long getCalendarId() {
    return calendarId;
  }

  public Long getKeyMilestoneId() {
    return keyMilestoneId;
  }

  public boolean isSummary() {
    return summary;
  }

  public LocalDateTime getStartAt() {
    return startAt;
  }

  public LocalDateTime getFinishAt() {
    return finishAt;
  }

  @Override
  public AuditStamp audit() {
    return audit;
  }
}
