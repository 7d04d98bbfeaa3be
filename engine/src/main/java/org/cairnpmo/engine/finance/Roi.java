package org.cairnpmo.engine.finance;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Return on investment, (total benefits − total costs) / total costs, undiscounted.
 *
 * <p>Kept undiscounted because that is how it is quoted in business cases; the time value of money
 * is NPV's job. 0.25 means 25 %.
 */
public final class Roi {

  private Roi() {}

  /** The ROI, or empty when there are no costs: a return on nothing invested is not defined. */
  public static Optional<BigDecimal> of(BigDecimal totalBenefits, BigDecimal totalCosts) {
    Decimals.require(totalBenefits, "total benefits");
    Decimals.requireNonNegative(totalCosts, "total costs");
    return Decimals.divide(totalBenefits.subtract(totalCosts), totalCosts);
  }
}
