package org.cairnpmo.control.domain;

import java.time.LocalDate;

/** A reporting period, both ends included, and the day its report is due. */
public record ReportPeriod(LocalDate start, LocalDate end, LocalDate due) {

  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  /** The due date has passed (a report delivered today is still on time). */
  public boolean isOverdueOn(LocalDate today) {
    return today.isAfter(due);
  }
}
