package org.cairnpmo.practices.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Moments as the practices pages write them: the day, in the organization's time zone. */
@Component
public record PracticeDays(Clock clock) {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

  public String day(Instant moment) {
    return moment == null ? "" : DAY.format(moment.atZone(clock.getZone()));
  }
}
