package org.cairnpmo.control.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A reporting period that ended, whose due date has passed, without a submitted report. {@code
 * draftReportId} names a draft started for it; {@code reminderSentAt} when its manager was
 * reminded.
 */
public record OverdueReport(
    long projectId,
    String projectCode,
    String projectName,
    Long managerId,
    String managerName,
    Cadence cadence,
    LocalDate periodStart,
    LocalDate periodEnd,
    LocalDate dueDate,
    long daysOverdue,
    Long draftReportId,
    Instant reminderSentAt) {

  /** Whether the project whose report is overdue is managed by {@code userId}. */
  public boolean isManagedBy(long userId) {
    return managerId != null && managerId == userId;
  }
}
