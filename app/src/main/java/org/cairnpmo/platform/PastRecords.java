package org.cairnpmo.platform;

import java.util.function.Supplier;

/**
 * A scope in which a closed (frozen) project's records may be written, because they are its past
 * rather than a change to it: the demo filling in its closed projects, an archive bundle recreating
 * a project elsewhere. Bound to the calling thread only, so a request served meanwhile is refused
 * as ever; nothing reachable from a page or the API opens it.
 */
public final class PastRecords {

  private static final ThreadLocal<Boolean> RECORDING = ThreadLocal.withInitial(() -> false);

  private PastRecords() {}

  /** Whether the current thread is recording a project's past. */
  public static boolean recording() {
    return RECORDING.get();
  }

  /** Runs {@code work} as the recording of a past, and returns what it returns. */
  public static <T> T record(Supplier<T> work) {
    boolean outer = RECORDING.get();
    RECORDING.set(true);
    try {
      return work.get();
    } finally {
      if (outer) {
        RECORDING.set(true);
      } else {
        RECORDING.remove();
      }
    }
  }

  /** As {@link #record(Supplier)}, for work without a result. */
  public static void record(Runnable work) {
    record(
        () -> {
          work.run();
          return null;
        });
  }
}
