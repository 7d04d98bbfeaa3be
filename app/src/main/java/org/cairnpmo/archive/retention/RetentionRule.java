package org.cairnpmo.archive.retention;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.cairnpmo.platform.AuditStamp;
import org.cairnpmo.platform.Audited;
import org.cairnpmo.platform.GeneratedId;
import org.cairnpmo.platform.history.KeepsHistory;

/**
 * "Keep the documents of these projects N years after closure": for one project category, or the
 * default ({@link #DEFAULT}) for every project whose category has no rule.
 */
@KeepsHistory("retention-rule")
@Entity
@Table(name = "arc_retention_rule")
@Getter
class RetentionRule extends GeneratedId implements Audited {

  static final String DEFAULT = "DEFAULT";

  private String scope;
  private int keepYears;
  @Version private long version;
  @Embedded private AuditStamp audit;

  protected RetentionRule() {}

  RetentionRule(String scope, int keepYears, String by, Instant now) {
    this.scope = scope;
    this.keepYears = keepYears;
    this.audit = AuditStamp.created(by, now);
  }

  void change(int keepYears, String by, Instant now) {
    this.keepYears = keepYears;
    audit.touch(by, now);
  }

  /** The first day the documents of a project finished on {@code finished} may be purged. */
  LocalDate purgeableFrom(LocalDate finished) {
    return finished.plusYears(keepYears);
  }

  @Override
  public AuditStamp audit() {
    return audit;
  }
}
