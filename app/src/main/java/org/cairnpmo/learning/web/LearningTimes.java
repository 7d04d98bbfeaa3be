package org.cairnpmo.learning.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Moments as the learning pages write them, in the organization's time zone. */
@Component
record LearningTimes(Clock clock) {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
  private static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

  public String day(Instant moment) {
    return moment == null ? "" : DAY.format(moment.atZone(clock.getZone()));
  }

  /** A session's span: "Tue 5 Jan 2027, 09:00–16:00", or both moments when it spans days. */
  public String span(Instant start, Instant end) {
    var s = start.atZone(clock.getZone());
    var e = end.atZone(clock.getZone());
    return s.toLocalDate().equals(e.toLocalDate())
        ? AT.format(s) + "–" + TIME.format(e)
        : AT.format(s) + " – " + AT.format(e);
  }
}
