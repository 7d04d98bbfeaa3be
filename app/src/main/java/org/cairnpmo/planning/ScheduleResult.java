package org.cairnpmo.planning;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.cairnpmo.platform.Versioned;

/**
 * What a scheduling run did: the plan's dates, every task it moved (in outline order) and every
 * conflict it found; {@code version} is the plan's version after the run.
 */
public record ScheduleResult(
    long projectId,
    LocalDateTime start,
    LocalDateTime finish,
    Instant scheduledAt,
    List<TaskMove> moved,
    List<ConflictView> conflicts,
    long version)
    implements Versioned {

  public ScheduleResult {
    moved = List.copyOf(moved);
    conflicts = List.copyOf(conflicts);
  }
}
