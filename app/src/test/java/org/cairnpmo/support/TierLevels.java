package org.cairnpmo.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tier levels for tests. A level is unique among tiers and at most 999, and every test class of the
 * suite shares one database, so they all draw from one counter: ranges of their own would meet as
 * the suite grows. Levels below 100 are left to tests whose tiers must outrank every other (level 1
 * is the highest tier).
 */
public final class TierLevels {

  private static final AtomicInteger LAST = new AtomicInteger(100);

  private TierLevels() {}

  public static int next() {
    int level = LAST.incrementAndGet();
    if (level > 999) {
      throw new IllegalStateException("The tests have used up the tier levels (at most 999)");
    }
    return level;
  }
}
