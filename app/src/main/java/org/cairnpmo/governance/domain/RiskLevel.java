package org.cairnpmo.governance.domain;

import java.util.List;
import org.cairnpmo.platform.Labelled;

/** How risky a project is judged to be, as the PMO rates it when the project enters governance. */
public enum RiskLevel implements Labelled {
  LOW,
  MEDIUM,
  HIGH;

  /**
   * The level of the gravest of a business case's risks, each rated 1 to 5 for probability and for
   * impact, by its score (probability &times; impact, 1 to 25), as on a 5&times;5 heat map: 15 or
   * more is HIGH (e.g. likely and severe, 3&times;5 or 4&times;4), 6 to 14 MEDIUM, 5 or less LOW. A
   * business case that names no risk is LOW.
   */
  public static RiskLevel ofGravest(List<Integer> scores) {
    int gravest = scores.stream().mapToInt(Integer::intValue).max().orElse(0);
    return gravest >= 15 ? HIGH : gravest >= 6 ? MEDIUM : LOW;
  }

  /** True when this level is {@code other} or riskier. */
  public boolean atLeast(RiskLevel other) {
    return compareTo(other) >= 0;
  }
}
