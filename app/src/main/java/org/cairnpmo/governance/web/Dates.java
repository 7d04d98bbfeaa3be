package org.cairnpmo.governance.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** How governance pages write moments and dates (templates reach it as {@code dates}). */
@Component
public record Dates(Clock clock) {

  private static final ZoneId ZONE = ZoneId.systemDefault();
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH).withZone(ZONE);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  public String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant);
  }

  public String iso(Instant instant) {
    return instant == null ? "" : instant.toString();
  }

  public String day(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }

  public String day(Instant instant) {
    return instant == null ? "" : DAY.format(LocalDate.ofInstant(instant, ZONE));
  }

  /** "today", "yesterday", "5 days ago". */
  public String ago(Instant instant) {
    if (instant == null) {
      return "";
    }
    long days =
        ChronoUnit.DAYS.between(
            LocalDate.ofInstant(instant, ZONE), LocalDate.now(clock.withZone(ZONE)));
    if (days <= 0) {
      long hours = Duration.between(instant, clock.instant()).toHours();
      return hours < 1 ? "just now" : "today";
    }
    return days == 1 ? "yesterday" : days + " days ago";
  }

  public String days(long days) {
    return days == 1 ? "1 day" : days + " days";
  }
}
