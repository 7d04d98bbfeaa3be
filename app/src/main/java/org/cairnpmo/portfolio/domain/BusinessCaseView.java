package org.cairnpmo.portfolio.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A proposal's business case, computed from its costs and benefits by period. When the figures
 * cannot be computed (no periods yet, or periods that cannot be read), {@code available} is false
 * and {@code message} says why.
 *
 * <p>The first period is "now" and is not discounted; later periods are discounted at the yearly
 * rate (converted to a quarterly rate for quarters). IRR is quoted per year.
 *
 * @param periodUnit YEAR or QUARTER
 * @param irr the internal rate of return, which may not exist or not be unique
 * @param roiPercent (benefits − costs) / costs × 100; null when there are no costs
 */
public record BusinessCaseView(
    boolean available,
    String message,
    String currency,
    String periodUnit,
    BigDecimal discountRatePercent,
    List<PeriodRow> periods,
    BigDecimal totalCapex,
    BigDecimal totalOpex,
    BigDecimal totalCosts,
    BigDecimal totalBenefits,
    BigDecimal npv,
    Irr irr,
    Payback payback,
    Payback discountedPayback,
    BigDecimal roiPercent) {

  public static BusinessCaseView unavailable(String currency, String message) {
    return new BusinessCaseView(
        false, message, currency, null, null, List.of(), null, null, null, null, null, null, null,
        null, null);
  }

  /** One period's figures; {@code cumulative} is the running sum of {@code net}. */
  public record PeriodRow(
      String period,
      BigDecimal capex,
      BigDecimal opex,
      BigDecimal benefits,
      BigDecimal net,
      BigDecimal discountedNet,
      BigDecimal cumulative,
      BigDecimal cumulativeDiscounted) {}

  /**
   * The IRR. {@code kind} is UNIQUE (one rate), MULTIPLE (several rates: the cash flows change sign
   * more than once, so NPV should decide) or NONE (no rate, {@code explanation} says why). {@code
   * ratePercent} is the one rate, or the one closest to the discount rate when there are several.
   */
  public record Irr(
      String kind, BigDecimal ratePercent, List<BigDecimal> ratesPercent, String explanation) {}

  /**
   * When the cumulative cash first recovers the money put in. {@code years} is null when it never
   * does; then {@code shortfall} is what is still to recover at the last period.
   */
  public record Payback(boolean paysBack, BigDecimal years, BigDecimal shortfall, String text) {}
}
