package org.cairnpmo.archive.retention;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;

/** A project whose documents no retention rule purges while the hold stands, and why. */
@Entity
@Table(name = "arc_legal_hold")
@Getter
class LegalHold {

  @Id private Long projectId;
  private String reason;
  private String heldBy;
  private Instant heldAt;

  protected LegalHold() {}

  LegalHold(long projectId, String reason, String by, Instant now) {
    this.projectId = projectId;
    this.reason = reason;
    this.heldBy = by;
    this.heldAt = now;
  }
}
