package org.cairnpmo.engine.schedule;

import java.time.LocalTime;

/**
 * One stretch of working time in a day, from {@code from} to {@code to}; {@code to} of midnight
 * means the end of the day.
 */
public record WorkingTime(LocalTime from, LocalTime to) {

  public WorkingTime {
    if (from == null || to == null) {
      throw new InvalidScheduleException("Working time needs a start and an end");
    }
    if (endMinute(to) <= from.toSecondOfDay() / 60) {
      throw new InvalidScheduleException(
          "Working time " + from + "–" + to + " ends before it starts");
    }
  }

  public static WorkingTime of(int fromHour, int toHour) {
    return new WorkingTime(LocalTime.of(fromHour, 0), LocalTime.of(toHour % 24, 0));
  }

  int startMinute() {
    return from.toSecondOfDay() / 60;
  }

  int endMinute() {
    return endMinute(to);
  }

  private static int endMinute(LocalTime to) {
    int minute = to.toSecondOfDay() / 60;
    return minute == 0 ? 24 * 60 : minute;
  }
}
