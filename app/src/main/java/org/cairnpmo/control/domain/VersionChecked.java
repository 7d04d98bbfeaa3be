package org.cairnpmo.control.domain;

import org.cairnpmo.platform.StaleVersionException;

/**
 * A record of this module that changes under optimistic locking: a change names the version it was
 * based on, and is refused when someone else has saved a newer one meanwhile.
 */
interface VersionChecked {

  long getVersion();

  /** Refuses a change based on another version than the stored one; {@code what} names it. */
  default void requireVersion(long expected, String what) {
    if (getVersion() != expected) {
      throw new StaleVersionException(what, expected, getVersion());
    }
  }
}
