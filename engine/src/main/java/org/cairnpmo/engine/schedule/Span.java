package org.cairnpmo.engine.schedule;

/**
 * A length of time in whole minutes: of working time on a calendar, or elapsed (clock) time that
 * runs through nights, weekends and holidays, as MS Project's "edays".
 */
public record Span(long minutes, boolean elapsed) {

  /** MS Project's default day: 8 hours of work. */
  public static final long MINUTES_PER_DAY = 480;

  /** MS Project's default week: 40 hours of work. */
  public static final long MINUTES_PER_WEEK = 2400;

  public static final Span ZERO = new Span(0, false);

  public Span {
    if (minutes < 0) {
      throw new InvalidScheduleException("A duration cannot be negative: " + minutes + " min");
    }
  }

  public static Span working(long minutes) {
    return new Span(minutes, false);
  }

  public static Span workingDays(double days) {
    return new Span(Math.round(days * MINUTES_PER_DAY), false);
  }

  public static Span elapsed(long minutes) {
    return new Span(minutes, true);
  }

  public static Span elapsedDays(double days) {
    return new Span(Math.round(days * 24 * 60), true);
  }

  /** The share of this span that is not yet done at the given percent complete. */
  Span remaining(double percentComplete) {
    long done = Math.round(minutes * Math.min(100, Math.max(0, percentComplete)) / 100.0);
    return new Span(minutes - done, elapsed);
  }
}
