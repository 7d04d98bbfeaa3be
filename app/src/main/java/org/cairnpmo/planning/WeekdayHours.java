package org.cairnpmo.planning;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.util.List;

/** A weekday's working periods in a calendar; none makes it a non-working day. */
public record WeekdayHours(
    @NotNull(message = "Name the day") DayOfWeek day,
    @Size(max = 12, message = "At most 12 working periods a day")
        List<@Valid WorkingPeriod> hours) {

  public WeekdayHours {
    hours = hours == null ? List.of() : List.copyOf(hours);
  }
}
