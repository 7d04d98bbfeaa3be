package org.cairnpmo.platform;

/**
 * The check a service makes before it changes a record under optimistic locking: the caller edited
 * the version the record is at now. A caller that names no version edited none, so its change is
 * refused as stale as well.
 */
public final class VersionCheck {

  private VersionCheck() {}

  /** Refuses the change of {@code what} unless {@code expected} is its {@code current} version. */
  public static void require(String what, Long expected, long current) {
    if (expected == null || expected != current) {
      throw new StaleVersionException(what, expected == null ? -1 : expected, current);
    }
  }
}
