package org.cairnpmo.planning;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.cairnpmo.platform.Versioned;

/**
 * A project's plan: when it starts, its status date (null without progress), its calendar, whose
 * conventions it is scheduled by, its finish and conflicts from the last scheduling run, and
 * whether the caller may change it.
 */
public record PlanView(
    long id,
    long projectId,
    LocalDateTime start,
    LocalDateTime statusDate,
    long calendarId,
    ScheduleMode scheduleMode,
    long nearCriticalMinutes,
    Instant scheduledAt,
    LocalDateTime finish,
    int taskCount,
    List<ConflictView> conflicts,
    boolean editable,
    long version,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy)
    implements Versioned {

  public PlanView {
    conflicts = List.copyOf(conflicts);
  }
}
