package org.cairnpmo.engine.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The time-phased view of earned value: cumulative PV, EV and AC by period (the S-curves) and the
 * SPI and CPI of every reported period, so a trend is visible and not just today's figure.
 *
 * @param bac budget at completion, the total planned value
 * @param points one per period, from the first to the later of plan end and last report
 */
public record EarnedValueCurve(BigDecimal bac, List<SCurvePoint> points) {

  public EarnedValueCurve {
    Decimals.requireNonNegative(bac, "budget at completion (BAC)");
    points = List.copyOf(points);
  }

  /**
   * Builds the curves from per-period (not cumulative) amounts, the way budgets and timesheets are
   * booked. BAC is the sum of planned values. Earned and actual amounts run to the status date and
   * so must have the same length; they may outrun the plan when the project is late, in which case
   * planned value stays at BAC. They may be negative in a period (a correction) as long as the
   * cumulative values stay non-negative.
   */
  public static EarnedValueCurve of(
      List<BigDecimal> plannedPerPeriod,
      List<BigDecimal> earnedPerPeriod,
      List<BigDecimal> actualPerPeriod) {
    List<BigDecimal> planned = Decimals.copy(plannedPerPeriod, "planned value", true);
    List<BigDecimal> earned = Decimals.copy(earnedPerPeriod, "earned value", false);
    List<BigDecimal> actual = Decimals.copy(actualPerPeriod, "actual cost", false);
    if (earned.size() != actual.size()) {
      throw new InvalidFinanceInputException(
          "earned value and actual cost must cover the same periods, were %d and %d"
              .formatted(earned.size(), actual.size()));
    }
    BigDecimal bac = Decimals.sum(planned);
    int horizon = Math.max(planned.size(), earned.size());
    List<SCurvePoint> points = new ArrayList<>(horizon);
    BigDecimal pv = BigDecimal.ZERO;
    BigDecimal ev = BigDecimal.ZERO;
    BigDecimal ac = BigDecimal.ZERO;
    for (int period = 0; period < horizon; period++) {
      pv = pv.add(Decimals.elementOrZero(planned, period));
      if (period < earned.size()) {
        ev = ev.add(earned.get(period));
        ac = ac.add(actual.get(period));
        EarnedValueSnapshot status = snapshot(bac, pv, ev, ac, period);
        points.add(
            new SCurvePoint(
                period, pv, Optional.of(ev), Optional.of(ac), status.spi(), status.cpi()));
      } else {
        points.add(
            new SCurvePoint(
                period,
                pv,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));
      }
    }
    return new EarnedValueCurve(bac, points);
  }

  /** The status at the end of {@code period}, or empty when that period was not reported. */
  public Optional<EarnedValueSnapshot> statusAt(int period) {
    if (period < 0 || period >= points.size() || !points.get(period).reported()) {
      return Optional.empty();
    }
    SCurvePoint point = points.get(period);
    return Optional.of(
        new EarnedValueSnapshot(
            bac, point.pv(), point.ev().orElseThrow(), point.ac().orElseThrow()));
  }

  /** The status at the last reported period, or empty before the first report. */
  public Optional<EarnedValueSnapshot> latestStatus() {
    for (int period = points.size() - 1; period >= 0; period--) {
      if (points.get(period).reported()) {
        return statusAt(period);
      }
    }
    return Optional.empty();
  }

  private static EarnedValueSnapshot snapshot(
      BigDecimal bac, BigDecimal pv, BigDecimal ev, BigDecimal ac, int period) {
    if (ev.signum() < 0 || ac.signum() < 0) {
      throw new InvalidFinanceInputException(
          ("cumulative earned value and actual cost must not be negative,"
                  + " but are %s and %s at period %d")
              .formatted(ev.toPlainString(), ac.toPlainString(), period));
    }
    return new EarnedValueSnapshot(bac, pv, ev, ac);
  }
}
