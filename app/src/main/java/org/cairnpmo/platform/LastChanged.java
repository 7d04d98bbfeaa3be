package org.cairnpmo.platform;

import java.time.Instant;

/**
 * A record that carries a {@link LastChange}. The getters read it, and answer null while the record
 * has never been changed (where its table allows that).
 */
public interface LastChanged {

  LastChange lastChange();

  default Instant getUpdatedAt() {
    return lastChange() == null ? null : lastChange().updatedAt();
  }

  default String getUpdatedBy() {
    return lastChange() == null ? null : lastChange().updatedBy();
  }
}
