package org.cairnpmo.practices.kpis;

import java.math.BigDecimal;
import org.cairnpmo.platform.Labelled;

/** Where a figure stands against its KPI's thresholds. */
public enum Rating implements Labelled {
  GREEN,
  AMBER,
  RED;

  /**
   * Higher is better: green at or above the green threshold, red below the red one. Lower is
   * better: green at or below the green threshold, red above the red one. Amber between.
   */
  public static Rating of(
      BigDecimal value, KpiDirection direction, BigDecimal green, BigDecimal red) {
    if (value == null) {
      return null;
    }
    if (direction == KpiDirection.HIGHER_IS_BETTER) {
      return value.compareTo(green) >= 0 ? GREEN : value.compareTo(red) < 0 ? RED : AMBER;
    }
    return value.compareTo(green) <= 0 ? GREEN : value.compareTo(red) > 0 ? RED : AMBER;
  }

  /** The CSS modifier of the badge that shows it. */
  public String css() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
