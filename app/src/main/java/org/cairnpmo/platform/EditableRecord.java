package org.cairnpmo.platform;

import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import lombok.Getter;

/**
 * A record people edit: the key of {@link GeneratedId}, a version for optimistic locking (a change
 * based on another version is refused), and the stamp of who created and last changed it. The
 * entity passes the moment in, from its service's clock.
 */
@MappedSuperclass
@Getter
public abstract class EditableRecord extends GeneratedId implements Audited {

  @Version private long version;

  @Embedded private AuditStamp audit;

  /** Stamps the record as made by {@code by} at {@code now}. */
  protected void stampCreated(String by, Instant now) {
    audit = AuditStamp.created(by, now);
  }

  /** Keeps the stamp a record had elsewhere (a record restored from an archive bundle). */
  protected void restoreStamp(AuditStamp stamp) {
    audit = stamp;
  }

  /** Stamps a change by {@code by} at {@code now}. */
  protected void stampChanged(String by, Instant now) {
    audit.touch(by, now);
  }

  @Override
  public AuditStamp audit() {
    return audit;
  }
}
