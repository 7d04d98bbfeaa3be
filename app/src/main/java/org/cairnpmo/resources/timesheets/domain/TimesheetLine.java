package org.cairnpmo.resources.timesheets.domain;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One line of a week: the project it is booked on and what on it (an approved request, a task of
 * the plan, or a free-text activity), with the hours of each day, Monday first.
 */
@Embeddable
record TimesheetLine(
    long projectId,
    Long requestId,
    Long taskId,
    String activity,
    BigDecimal mon,
    BigDecimal tue,
    BigDecimal wed,
    BigDecimal thu,
    BigDecimal fri,
    BigDecimal sat,
    BigDecimal sun) {

  static TimesheetLine of(
      long projectId, Long requestId, Long taskId, String activity, List<BigDecimal> hours) {
    return new TimesheetLine(
        projectId,
        requestId,
        taskId,
        activity,
        hours.get(0),
        hours.get(1),
        hours.get(2),
        hours.get(3),
        hours.get(4),
        hours.get(5),
        hours.get(6));
  }

  List<BigDecimal> hours() {
    return List.of(mon, tue, wed, thu, fri, sat, sun);
  }

  BigDecimal total() {
    return hours().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The same target without hours, for next week. */
  TimesheetLine withoutHours() {
    return of(
        projectId,
        requestId,
        taskId,
        activity,
        java.util.Collections.nCopies(7, BigDecimal.ZERO.setScale(2)));
  }
}
