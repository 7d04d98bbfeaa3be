package org.cairnpmo.practices.maturity;

import java.time.Instant;
import java.time.LocalDate;
import org.cairnpmo.platform.Versioned;

/** An improvement action as it is shown; {@code overdue}: past its due date and not finished. */
public record ActionView(
    long id,
    long assessmentId,
    String title,
    MaturityArea area,
    long ownerId,
    String ownerName,
    LocalDate dueDate,
    ActionStatus status,
    boolean overdue,
    long version,
    Instant updatedAt,
    String updatedBy)
    implements Versioned.Entry {

  public String areaLabel() {
    return area.label();
  }

  public String statusLabel() {
    return status.label();
  }
}
