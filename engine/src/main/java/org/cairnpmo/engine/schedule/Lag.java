package org.cairnpmo.engine.schedule;

/**
 * The wait (positive) or overlap (negative, a lead) of a link: minutes of working time on the
 * successor's calendar, elapsed minutes, or a percentage of the predecessor's duration.
 */
public record Lag(Kind kind, long amount) {

  public enum Kind {
    /** {@code amount} minutes of working time on the successor's calendar. */
    WORKING,
    /** {@code amount} minutes of clock time. */
    ELAPSED,
    /** {@code amount} percent of the predecessor's duration, in the predecessor's duration kind. */
    PERCENT
  }

  public static final Lag NONE = new Lag(Kind.WORKING, 0);

  public Lag {
    if (kind == null) {
      throw new InvalidScheduleException("A lag needs a kind");
    }
  }

  public static Lag working(long minutes) {
    return new Lag(Kind.WORKING, minutes);
  }

  public static Lag workingDays(double days) {
    return new Lag(Kind.WORKING, Math.round(days * Span.MINUTES_PER_DAY));
  }

  public static Lag elapsed(long minutes) {
    return new Lag(Kind.ELAPSED, minutes);
  }

  public static Lag percent(long percent) {
    return new Lag(Kind.PERCENT, percent);
  }
}
