package org.cairnpmo.platform;

import java.time.Instant;

/**
 * A record that carries an {@link AuditStamp}. The getters read the stamp, so views, services and
 * templates keep asking the record itself who created and last changed it.
 */
public interface Audited {

  AuditStamp audit();

  default Instant getCreatedAt() {
    return audit().createdAt();
  }

  default String getCreatedBy() {
    return audit().createdBy();
  }

  default Instant getUpdatedAt() {
    return audit().updatedAt();
  }

  default String getUpdatedBy() {
    return audit().updatedBy();
  }
}
