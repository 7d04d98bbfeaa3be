package org.cairnpmo.engine.schedule;

import java.util.Objects;

/**
 * A resource's share of a task whose duration follows its work (MS Project's fixed-units and
 * fixed-work tasks): the resource works {@code time} on its own calendar — its work divided by its
 * units, so 16 hours at 50 % is 32 hours of its working time. The task starts when the first of its
 * resources can start and finishes when the last is done. A resource with a {@code delay} (working
 * time on its calendar, or elapsed) starts that much after the task: MS Project's assignment delay
 * and the leveling delay its leveler gives one resource of a task.
 */
public record Assignment(String calendarId, Span time, Span delay) {

  public Assignment {
    Objects.requireNonNull(calendarId, "calendarId");
    Objects.requireNonNull(time, "time");
    if (time.elapsed()) {
      throw new InvalidScheduleException("A resource's working time cannot be elapsed time");
    }
    delay = delay == null ? Span.ZERO : delay;
  }

  /** A resource that starts with the task. */
  public Assignment(String calendarId, Span time) {
    this(calendarId, time, null);
  }
}
