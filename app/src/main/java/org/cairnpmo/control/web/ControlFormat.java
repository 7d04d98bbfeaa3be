package org.cairnpmo.control.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.cairnpmo.control.domain.ReportPeriod;
import org.springframework.stereotype.Component;

/** How the control pages write dates and moments (templates reach it as {@code fmt}). */
@Component
public record ControlFormat(Clock clock) {

  private static final ZoneId ZONE = ZoneId.systemDefault();
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT =
      DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH).withZone(ZONE);

  public String day(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }

  public String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant);
  }

  public String iso(Instant instant) {
    return instant == null ? "" : instant.toString();
  }

  /** "3 – 9 Nov 2026", "28 Oct – 3 Nov 2026" or "1 Nov 2026 – 31 Jan 2027". */
  public String period(LocalDate start, LocalDate end) {
    if (start == null || end == null) {
      return "";
    }
    if (start.getYear() != end.getYear()) {
      return DAY.format(start) + " – " + DAY.format(end);
    }
    if (start.getMonth() == end.getMonth()) {
      return start.getDayOfMonth() + " – " + DAY.format(end);
    }
    return SHORT.format(start) + " – " + DAY.format(end);
  }

  public String period(ReportPeriod period) {
    return period == null ? "" : period(period.start(), period.end());
  }

  /** "today", "in 3 days", "2 days ago". */
  public String relative(LocalDate date) {
    if (date == null) {
      return "";
    }
    long days = ChronoUnit.DAYS.between(LocalDate.now(clock.withZone(ZONE)), date);
    if (days == 0) {
      return "today";
    }
    if (days == 1) {
      return "tomorrow";
    }
    if (days == -1) {
      return "yesterday";
    }
    return days > 0 ? "in " + days + " days" : -days + " days ago";
  }

  public String days(long days) {
    return days == 1 ? "1 day" : days + " days";
  }
}
