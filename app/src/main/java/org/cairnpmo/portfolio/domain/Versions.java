package org.cairnpmo.portfolio.domain;

import org.cairnpmo.platform.StaleVersionException;

/** The optimistic-locking check every edit makes before it changes anything. */
final class Versions {

  private Versions() {}

  static void require(String what, long expected, long actual) {
    if (expected != actual) {
      throw new StaleVersionException(what, expected, actual);
    }
  }
}
