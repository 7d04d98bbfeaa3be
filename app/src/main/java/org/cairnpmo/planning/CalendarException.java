package org.cairnpmo.planning;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Dates from {@code firstDay} to {@code lastDay} (both included) that are not worked (no hours: a
 * holiday) or worked at other hours than their weekday.
 */
public record CalendarException(
    @Size(max = 200, message = "At most 200 characters") String name,
    @NotNull(message = "Enter the first day") LocalDate firstDay,
    @NotNull(message = "Enter the last day") LocalDate lastDay,
    @Size(max = 12, message = "At most 12 working periods a day")
        List<@Valid WorkingPeriod> hours) {

  public CalendarException {
    name = name == null ? "" : name;
    hours = hours == null ? List.of() : List.copyOf(hours);
  }

  public boolean working() {
    return !hours.isEmpty();
  }
}
