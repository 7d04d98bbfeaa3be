package org.cairnpmo.engine.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Net cash flows by period, period 0 being now (undiscounted), later periods at their end.
 *
 * <p>Outflows are negative, inflows positive. The NPV here discounts period 0 too, so it equals a
 * spreadsheet's {@code = c0 + NPV(rate, c1..cn)}, not {@code NPV(rate, c0..cn)}, which would
 * discount today's outlay by one period.
 *
 * @param amounts net flow of each period; at least one
 */
public record CashFlows(List<BigDecimal> amounts) {

  public CashFlows {
    amounts = Decimals.copy(amounts, "cash flow", false);
    if (amounts.isEmpty()) {
      throw new InvalidFinanceInputException("cash flows need at least one period");
    }
  }

  public static CashFlows of(BigDecimal... amounts) {
    return new CashFlows(List.of(amounts));
  }

  /** Number of periods, counting period 0. */
  public int periods() {
    return amounts.size();
  }

  public BigDecimal amount(int period) {
    return amounts.get(period);
  }

  /** Undiscounted sum, the figure a simple payback and ROI are built on. */
  public BigDecimal total() {
    return Decimals.sum(amounts);
  }

  /**
   * Net present value at {@code ratePerPeriod} (0.10 for 10 %), rounded to 16 significant digits.
   */
  public BigDecimal npv(BigDecimal ratePerPeriod) {
    return Decimals.sum(presentValues(ratePerPeriod)).round(Decimals.RATIO);
  }

  /** Each flow's present value, rounded to 16 significant digits; what a discounted chart plots. */
  public CashFlows discounted(BigDecimal ratePerPeriod) {
    return new CashFlows(
        presentValues(ratePerPeriod).stream().map(v -> v.round(Decimals.RATIO)).toList());
  }

  /** The rates at which NPV is zero, or an explicit statement of why there is none. */
  public IrrResult irr() {
    return IrrSolver.solve(amounts);
  }

  /** When the undiscounted cumulative cash first recovers, or that it never does. */
  public Payback payback() {
    return paybackOf(amounts);
  }

  /** When the discounted cumulative cash first recovers, or that it never does. */
  public Payback discountedPayback(BigDecimal ratePerPeriod) {
    return paybackOf(presentValues(ratePerPeriod));
  }

  /** Present values at working precision, so that sums of them are rounded only once. */
  private List<BigDecimal> presentValues(BigDecimal ratePerPeriod) {
    BigDecimal growth = BigDecimal.ONE.add(Decimals.requireRate(ratePerPeriod, "discount rate"));
    List<BigDecimal> values = new ArrayList<>(amounts.size());
    BigDecimal factor = BigDecimal.ONE;
    for (BigDecimal amount : amounts) {
      values.add(amount.divide(factor, Decimals.WORK));
      factor = factor.multiply(growth, Decimals.WORK);
    }
    return values;
  }

  /** Payback of flows (already discounted, for a discounted payback); period 0 is now. */
  private static Payback paybackOf(List<BigDecimal> flows) {
    BigDecimal cumulative = BigDecimal.ZERO;
    boolean underWater = false;
    for (int period = 0; period < flows.size(); period++) {
      BigDecimal before = cumulative;
      cumulative = cumulative.add(flows.get(period));
      if (cumulative.signum() < 0) {
        underWater = true;
      } else if (underWater) {
        // before < 0 <= cumulative, so this period's flow is positive and covers -before.
        BigDecimal fraction = before.negate().divide(flows.get(period), Decimals.RATIO);
        return new Payback.PaysBack(BigDecimal.valueOf(period - 1L).add(fraction, Decimals.RATIO));
      }
    }
    return underWater
        ? new Payback.NeverPaysBack(cumulative.negate().round(Decimals.RATIO))
        : new Payback.PaysBack(BigDecimal.ZERO);
  }
}
