package org.cairnpmo.planning.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import org.cairnpmo.planning.ScheduleMode;
import org.cairnpmo.platform.AuditStamp;
import org.cairnpmo.platform.Audited;
import org.cairnpmo.platform.GeneratedId;
import org.cairnpmo.platform.StaleVersionException;
import org.cairnpmo.platform.history.KeepsHistory;
import org.cairnpmo.platform.history.NotInHistory;

/**
 * A project's plan: the root of its tasks, links, calendars, resources and baselines, and the one
 * version they share. The plan is scheduled as a whole, so any change moves dates anywhere in it;
 * one version for all of it makes "two people edited the plan from the same version" exact.
 */
@KeepsHistory("plan")
@Entity
@Table(name = "pln_plan")
@Getter
public class Plan extends GeneratedId implements Audited {

  private long projectId;
  private LocalDateTime startAt;
  private LocalDateTime statusDate;
  private Long calendarId;

  @Enumerated(EnumType.STRING)
  private ScheduleMode scheduleMode;

  private long nearCriticalMinutes;
  @NotInHistory private Instant scheduledAt;
  @NotInHistory private LocalDateTime finishAt;

  @ElementCollection
  @CollectionTable(name = "pln_conflict", joinColumns = @JoinColumn(name = "plan_id"))
  @Getter(AccessLevel.NONE)
  @NotInHistory
  private List<StoredConflict> conflicts = new ArrayList<>();

  /**
   * Raised by one conditional update per change ({@link PlanRepository#raiseVersion}), never by
   * Hibernate, so that a change that leaves every column as it was still counts as one.
   */
  private long version;

  @Embedded private AuditStamp audit;

  protected Plan() {}

  static Plan start(long projectId, LocalDateTime startAt, String by, Instant now) {
    Plan plan = new Plan();
    plan.projectId = projectId;
    plan.startAt = startAt;
    plan.scheduleMode = ScheduleMode.MS_PROJECT;
    plan.audit = AuditStamp.created(by, now);
    return plan;
  }

  /** Refuses a change based on another version than this one. */
  void requireVersion(long expectedVersion) {
    if (expectedVersion != version) {
      throw new StaleVersionException("The plan", expectedVersion, version);
    }
  }

  /** The version the database now holds, after {@link PlanRepository#raiseVersion}. */
  void versionRaisedTo(long newVersion) {
    version = newVersion;
  }

  /** Records a change by {@code by}: the plan's version rises when it is saved. */
  void changed(String by, Instant now) {
    audit.touch(by, now);
  }

  void configure(
      LocalDateTime newStart,
      LocalDateTime newStatusDate,
      Long newCalendarId,
      ScheduleMode newMode,
      long newNearCriticalMinutes) {
    startAt = newStart;
    statusDate = newStatusDate;
    calendarId = newCalendarId;
    scheduleMode = newMode == null ? ScheduleMode.MS_PROJECT : newMode;
    nearCriticalMinutes = newNearCriticalMinutes;
  }

  void statusOn(LocalDateTime newStatusDate) {
    statusDate = newStatusDate;
  }

  void scheduled(LocalDateTime finish, List<StoredConflict> found, Instant now) {
    finishAt = finish;
    scheduledAt = now;
    conflicts.clear();
    conflicts.addAll(found);
  }

  public List<StoredConflict> getConflicts() {
    return List.copyOf(conflicts);
  }

  @Override
  public AuditStamp audit() {
    return audit;
  }
}
