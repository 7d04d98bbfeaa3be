package org.cairnpmo.platform.history;

import java.util.function.Supplier;

/**
 * Names the work that changes records without a signed-in person (a scheduled job, the demo's
 * loading), so that the change log says "Cairn (automatic): archive retention" rather than nobody.
 * A record that carries an audit stamp is credited to the stamp's person instead (see {@code
 * ChangeListener}).
 */
public final class AutomaticWork {

  /** Who changed a record when nobody signed in did and the record names nobody either. */
  public static final String CAIRN = "Cairn (automatic)";

  private static final ThreadLocal<String> JOB = new ThreadLocal<>();

  private AutomaticWork() {}

  /** Runs {@code work} as the job named {@code job}, in this thread. */
  public static void run(String job, Runnable work) {
    call(
        job,
        () -> {
          work.run();
          return null;
        });
  }

  /** Runs {@code work} as the job named {@code job}, in this thread, and returns its result. */
  public static <T> T call(String job, Supplier<T> work) {
    String outer = JOB.get();
    JOB.set(job);
    try {
      return work.get();
    } finally {
      if (outer == null) {
        JOB.remove();
      } else {
        JOB.set(outer);
      }
    }
  }

  /** The log's "who" for automatic work in this thread: Cairn, and the job's name if known. */
  static String who() {
    String job = JOB.get();
    String who = job == null ? CAIRN : CAIRN + ": " + job;
    return who.length() <= 60 ? who : who.substring(0, 60);
  }
}
