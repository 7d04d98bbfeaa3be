package org.cairnpmo.platform;

/** Somebody else changed the record since the caller read it; their change must not be lost. */
public class StaleVersionException extends RuntimeException {

  private final long currentVersion;

  public StaleVersionException(String what, long expectedVersion, long currentVersion) {
    super(
        what
            + " was changed by someone else (you edited version "
            + expectedVersion
            + ", it is now at version "
            + currentVersion
            + "). Reload it and apply your change again.");
    this.currentVersion = currentVersion;
  }

  public long currentVersion() {
    return currentVersion;
  }
}
