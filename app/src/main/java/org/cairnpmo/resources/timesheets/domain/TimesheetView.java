package org.cairnpmo.resources.timesheets.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.platform.Versioned;

/**
 * A week as the caller may see it. A project's manager sees only the lines of the projects they
 * manage ({@code partial}); {@code labourCost} (the hours shown, each day at the person's rate of
 * that day) is null for a caller who may not see cost rates. A week not saved yet has no id and
 * version 0.
 */
public record TimesheetView(
    Long id,
    long personId,
    String personName,
    LocalDate weekStart,
    LocalDate weekEnd,
    TimesheetStatus status,
    String returnReason,
    Instant submittedAt,
    Instant decidedAt,
    String decidedBy,
    List<Line> lines,
    List<BigDecimal> dayTotals,
    BigDecimal total,
    BigDecimal labourCost,
    boolean partial,
    Actions actions,
    long version)
    implements Versioned {

  /** One line: the project, what on it, and the hours from Monday to Sunday. */
  public record Line(
      long projectId,
      String projectCode,
      String projectName,
      Long requestId,
      Long taskId,
      String taskName,
      String activity,
      String label,
      List<BigDecimal> hours,
      BigDecimal total) {}

  /** What the caller may do with the week now. */
  public record Actions(boolean edit, boolean submit, boolean approve, boolean sendBack) {}

  public boolean saved() {
    return id != null;
  }

  public boolean locked() {
    return status == TimesheetStatus.APPROVED;
  }
}
