package org.cairnpmo.engine.finance;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One period of an S-curve: cumulative values at the end of the period and the indices they give.
 *
 * <p>Earned value and actual cost are empty after the last reported period, so a chart can draw the
 * plan to the end and the actuals only as far as they are known, without inventing zeros.
 *
 * @param period index of the reporting period, 0 for the first
 * @param pv cumulative planned value
 * @param ev cumulative earned value, if reported
 * @param ac cumulative actual cost, if reported
 * @param spi EV / PV, if reported and defined
 * @param cpi EV / AC, if reported and defined
 */
public record SCurvePoint(
    int period,
    BigDecimal pv,
    Optional<BigDecimal> ev,
    Optional<BigDecimal> ac,
    Optional<BigDecimal> spi,
    Optional<BigDecimal> cpi) {

  /** Whether earned value and actual cost were reported for this period. */
  public boolean reported() {
    return ev.isPresent();
  }
}
