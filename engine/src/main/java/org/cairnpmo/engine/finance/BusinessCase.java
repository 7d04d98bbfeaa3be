package org.cairnpmo.engine.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The money side of a proposal: costs and benefits by period (period 0 = now) and the rate at which
 * the organization discounts future money.
 *
 * <p>Amounts are entered as positive numbers, costs and benefits apart, as people write them in a
 * business case; the sign convention of net flows is applied here, once, so a sign slip cannot turn
 * a cost into a benefit. Lists may differ in length; a missing period counts as zero.
 *
 * @param capex investment costs by period
 * @param opex running costs by period
 * @param benefits savings and revenues by period
 * @param discountRate rate per period, 0.08 for 8 %; greater than −1
 */
public record BusinessCase(
    List<BigDecimal> capex,
    List<BigDecimal> opex,
    List<BigDecimal> benefits,
    BigDecimal discountRate) {

  public BusinessCase {
    capex = Decimals.copy(capex, "capex", true);
    opex = Decimals.copy(opex, "opex", true);
    benefits = Decimals.copy(benefits, "benefits", true);
    Decimals.requireRate(discountRate, "discount rate");
    if (capex.isEmpty() && opex.isEmpty() && benefits.isEmpty()) {
      throw new InvalidFinanceInputException("a business case needs at least one period");
    }
  }

  /** Number of periods, counting period 0: the longest of the three lists. */
  public int periods() {
    return Math.max(capex.size(), Math.max(opex.size(), benefits.size()));
  }

  public BigDecimal totalCosts() {
    return Decimals.sum(capex).add(Decimals.sum(opex));
  }

  public BigDecimal totalBenefits() {
    return Decimals.sum(benefits);
  }

  /** Benefits minus capex minus opex, period by period. */
  public CashFlows netCashFlows() {
    List<BigDecimal> net = new ArrayList<>(periods());
    for (int period = 0; period < periods(); period++) {
      net.add(
          Decimals.elementOrZero(benefits, period)
              .subtract(Decimals.elementOrZero(capex, period))
              .subtract(Decimals.elementOrZero(opex, period)));
    }
    return new CashFlows(net);
  }

  /** Every figure a reviewer compares proposals by, computed from the same net flows. */
  public BusinessCaseEvaluation evaluate() {
    CashFlows net = netCashFlows();
    return new BusinessCaseEvaluation(
        discountRate,
        net,
        totalCosts(),
        totalBenefits(),
        net.npv(discountRate),
        net.irr(),
        net.payback(),
        net.discountedPayback(discountRate),
        Roi.of(totalBenefits(), totalCosts()));
  }
}
