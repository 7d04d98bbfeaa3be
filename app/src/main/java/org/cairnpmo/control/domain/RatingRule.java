package org.cairnpmo.control.domain;

import java.math.BigDecimal;
import org.cairnpmo.control.Rag;
import org.cairnpmo.control.RatingDimension;

/**
 * One rule of the PMO's rating policy: when {@code metric comparison threshold} holds, the report's
 * {@code dimension} is suggested to be at least {@code rating}, e.g. {@code SPI < 0.9 → AMBER}.
 */
public record RatingRule(
    RatingMetric metric,
    Comparison comparison,
    BigDecimal threshold,
    Rag rating,
    RatingDimension dimension) {

  public boolean firesFor(BigDecimal value) {
    return value != null && comparison.holds(value, threshold);
  }

  /** The rule in words, e.g. "SPI &lt; 0.9 → Amber (Schedule)". */
  public String text() {
    return metric.name().replace('_', ' ')
        + " "
        + comparison.symbol()
        + " "
        + threshold.stripTrailingZeros().toPlainString()
        + " → "
        + rating.label()
        + " ("
        + dimension.label()
        + ")";
  }
}
