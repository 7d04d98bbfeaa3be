package org.cairnpmo.control;

import lombok.RequiredArgsConstructor;

/**
 * The level of a risk from its score (probability × impact, 1–25): LOW for a score up to 4, MEDIUM
 * from 5 to 12, HIGH above 12 (that is 15, 16, 20 or 25).
 */
@RequiredArgsConstructor
public enum RiskLevel {
  LOW("Low"),
  MEDIUM("Medium"),
  HIGH("High");

  public static final int LOW_MAX = 4;
  public static final int MEDIUM_MAX = 12;

  private final String label;

  public String label() {
    return label;
  }

  public static RiskLevel of(int score) {
    if (score < 1 || score > 25) {
      throw new IllegalArgumentException("A risk score is between 1 and 25, was " + score);
    }
    return score <= LOW_MAX ? LOW : score <= MEDIUM_MAX ? MEDIUM : HIGH;
  }

  /** Score = probability × impact; both on a 1–5 scale. */
  public static int score(int probability, int impact) {
    if (probability < 1 || probability > 5 || impact < 1 || impact > 5) {
      throw new IllegalArgumentException(
          "Probability and impact are between 1 and 5, were " + probability + " and " + impact);
    }
    return probability * impact;
  }
}
