package org.cairnpmo.engine.finance;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The figures of one {@link BusinessCase}, computed together so they always describe the same flows
 * at the same rate.
 *
 * @param discountRate the rate per period the NPV and discounted payback used
 * @param netCashFlows benefits minus costs by period
 * @param totalCosts undiscounted capex plus opex
 * @param totalBenefits undiscounted benefits
 * @param npv net present value at the discount rate
 * @param irr the internal rate(s) of return, or why there is none
 * @param payback undiscounted payback
 * @param discountedPayback payback of the discounted flows
 * @param roi (benefits − costs) / costs; empty when there are no costs
 */
public record BusinessCaseEvaluation(
    BigDecimal discountRate,
    CashFlows netCashFlows,
    BigDecimal totalCosts,
    BigDecimal totalBenefits,
    BigDecimal npv,
    IrrResult irr,
    Payback payback,
    Payback discountedPayback,
    Optional<BigDecimal> roi) {

  /** The IRR to show beside the NPV: the only one, or the one nearest the discount rate. */
  public Optional<BigDecimal> irrClosestToDiscountRate() {
    return irr.closestTo(discountRate);
  }
}
