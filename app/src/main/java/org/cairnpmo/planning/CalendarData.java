package org.cairnpmo.planning;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A calendar of a plan as the planner writes it: derived from {@code baseCalendarId} (the
 * organization's calendar when null), with its own hours for the weekdays it names (the others are
 * the base calendar's) and its exceptions, which win over its week and everything of its base.
 */
public record CalendarData(
    @NotBlank(message = "Name the calendar") @Size(max = 200, message = "At most 200 characters")
        String name,
    Long baseCalendarId,
    @Size(max = 7, message = "A week has 7 days") List<@Valid WeekdayHours> week,
    @Size(max = 2000, message = "At most 2000 exceptions")
        List<@Valid CalendarException> exceptions) {

  public CalendarData {
    week = week == null ? List.of() : List.copyOf(week);
    exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
  }
}
