package org.cairnpmo.engine.schedule;

import java.time.LocalDateTime;
import java.util.List;

/** Short ways to write the plans of the scheduling tests. */
final class Plans {

  /** Monday 5 January 2026, 08:00: the start of every test plan. */
  static final LocalDateTime MONDAY = LocalDateTime.of(2026, 1, 5, 8, 0);

  private Plans() {}

  /** {@code hh:mm} on the given date of January 2026. */
  static LocalDateTime jan(int day, int hour, int minute) {
    return LocalDateTime.of(2026, 1, day, hour, minute);
  }

  static LocalDateTime jan(int day, int hour) {
    return jan(day, hour, 0);
  }

  static ScheduleTask task(String id, double days) {
    return ScheduleTask.of(id, Span.workingDays(days));
  }

  static Link link(String from, String to, LinkType type, Lag lag) {
    return new Link(from, to, type, lag);
  }

  static Link fs(String from, String to) {
    return Link.finishToStart(from, to);
  }

  static Schedule schedule(List<ScheduleTask> tasks, List<Link> links) {
    return Scheduler.schedule(ScheduleRequest.of(MONDAY, tasks, links));
  }
}
