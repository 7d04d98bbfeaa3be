package org.cairnpmo.planning;

/** The bounds every plan's values keep, checked at the boundary and again in the domain. */
public final class PlanLimits {

  /** Twenty years of the clock: longer than any task or lag a plan needs. */
  public static final long MAX_DURATION_MINUTES = 20L * 366 * 24 * 60;

  public static final String DURATION_MESSAGE = "At most 20 years (10540800 minutes)";

  /** A lag as a percentage of its predecessor's duration, either way. */
  public static final long MAX_LAG_PERCENT = 1000;

  /** MS Project's range of priorities; 500 is the default. */
  public static final int MAX_PRIORITY = 1000;

  public static final int DEFAULT_PRIORITY = 500;

  /** Baselines are numbered 0 to 10, as MS Project's Baseline and Baseline 1 to 10. */
  public static final int MAX_BASELINE_NUMBER = 10;

  /** Units of one resource: up to 1000 (100 000 %). */
  public static final String MAX_UNITS = "1000";

  /** A plan of more tasks than this is refused: the pages and the scheduler are sized for it. */
  public static final int MAX_TASKS = 20_000;

  private PlanLimits() {}
}
