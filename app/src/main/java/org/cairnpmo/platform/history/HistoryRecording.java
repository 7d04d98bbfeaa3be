package org.cairnpmo.platform.history;

import java.util.function.Supplier;

/**
 * Switches the change log off for the current thread, for bulk loads that write thousands of
 * records nobody edited (the demo organization): they would only slow the start and bury the first
 * real change. Whoever switches it off writes one summary entry of their own, if any.
 */
public final class HistoryRecording {

  private static final ThreadLocal<Boolean> OFF = ThreadLocal.withInitial(() -> false);

  private HistoryRecording() {}

  /** Runs {@code work} without recording its changes, and answers what it answers. */
  public static <T> T without(Supplier<T> work) {
    boolean before = OFF.get();
    OFF.set(true);
    try {
      return work.get();
    } finally {
      OFF.set(before);
    }
  }

  /** Runs {@code work} without recording its changes. */
  public static void without(Runnable work) {
    without(
        () -> {
          work.run();
          return null;
        });
  }

  static boolean isOff() {
    return OFF.get();
  }
}
