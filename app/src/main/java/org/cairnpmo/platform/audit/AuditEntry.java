package org.cairnpmo.platform.audit;

import java.time.Instant;

/** One event of the audit log: who did what to whom or what, and when. */
public record AuditEntry(
    long id, Instant occurredAt, String actor, AuditKind kind, String subject, String detail) {

  public String kindLabel() {
    return kind.label();
  }
}
