package org.cairnpmo.engine.finance;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How long until the cumulative cash position first recovers the money put in.
 *
 * <p>The period count is fractional: within the period that recovers, the flow is assumed to arrive
 * evenly, so the fraction is interpolated linearly (flows −100, 30, 30, 30, 30 pay back at 3 +
 * 10/30 = 3.33 periods). "Never" is its own case, carrying the shortfall, because a horizon that is
 * too short is not the same as a payback of zero or of the last period.
 *
 * <p>This is the first recovery, as in textbooks. Later net outflows (a decommissioning cost, say)
 * can put the position under water again; the cash curve shows that, this figure does not.
 */
public sealed interface Payback {

  /** The payback in periods, or empty when the flows never recover. */
  Optional<BigDecimal> periodsToPayback();

  /**
   * The cumulative position is recovered after {@code periods}; zero when it never goes below zero,
   * since then there is nothing to pay back.
   */
  record PaysBack(BigDecimal periods) implements Payback {
    @Override
    public Optional<BigDecimal> periodsToPayback() {
      return Optional.of(periods);
    }
  }

  /**
   * The cumulative position is still negative at the last period.
   *
   * @param shortfall the amount still to recover at the horizon, as a positive number
   */
  record NeverPaysBack(BigDecimal shortfall) implements Payback {
    @Override
    public Optional<BigDecimal> periodsToPayback() {
      return Optional.empty();
    }
  }
}
