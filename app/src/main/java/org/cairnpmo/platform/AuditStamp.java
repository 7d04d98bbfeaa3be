package org.cairnpmo.platform;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.Instant;

/**
 * Who created a record and when, and who changed it last and when: the columns {@code created_at},
 * {@code created_by}, {@code updated_at} and {@code updated_by} that most records carry. The entity
 * passes the moment in (from its service's clock), so the stamp never reads the time itself.
 */
@Embeddable
public class AuditStamp {

  private Instant createdAt;
  private String createdBy;
  @Embedded private LastChange lastChange;

  protected AuditStamp() {}

  /** A record made by {@code by} at {@code at}, which counts as its last change too. */
  public static AuditStamp created(String by, Instant at) {
    AuditStamp stamp = new AuditStamp();
    stamp.createdAt = at;
    stamp.createdBy = by;
    stamp.lastChange = LastChange.by(by, at);
    return stamp;
  }

  /** Records a change by {@code by} at {@code at}; the creation stays as it was. */
  public void touch(String by, Instant at) {
    lastChange = LastChange.by(by, at);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant updatedAt() {
    return lastChange.updatedAt();
  }

  public String updatedBy() {
    return lastChange.updatedBy();
  }
}
