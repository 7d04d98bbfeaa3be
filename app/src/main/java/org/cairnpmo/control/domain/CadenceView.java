package org.cairnpmo.control.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A project's reporting cadence ({@code cadence} null: none set yet), the period under way, and the
 * periods whose report is overdue; {@code id} names the cadence in the change log (null: none set).
 */
public record CadenceView(
    long projectId,
    Cadence cadence,
    LocalDate startsOn,
    int dueDays,
    ReportPeriod currentPeriod,
    List<ReportPeriod> overduePeriods,
    Long version,
    Instant updatedAt,
    String updatedBy,
    boolean editable,
    Long id) {

  public boolean isSet() {
    return cadence != null;
  }
}
