package org.cairnpmo.planning;

import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;

/** A stretch of working time in a day; an end of 00:00 means midnight at the end of the day. */
public record WorkingPeriod(
    @NotNull(message = "Enter the time work starts") LocalTime from,
    @NotNull(message = "Enter the time work ends") LocalTime to) {

  public static WorkingPeriod of(int fromHour, int toHour) {
    return new WorkingPeriod(LocalTime.of(fromHour, 0), LocalTime.of(toHour % 24, 0));
  }
}
