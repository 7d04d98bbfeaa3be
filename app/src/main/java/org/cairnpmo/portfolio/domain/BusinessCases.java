package org.cairnpmo.portfolio.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cairnpmo.engine.finance.BusinessCase;
import org.cairnpmo.engine.finance.BusinessCaseEvaluation;
import org.cairnpmo.engine.finance.CashFlows;
import org.cairnpmo.engine.finance.InvalidFinanceInputException;
import org.cairnpmo.engine.finance.IrrResult;
import org.cairnpmo.engine.finance.Payback;

/**
 * Turns a proposal's costs and benefits by period into its business case, with the engine's finance
 * functions doing the math. Periods are laid out from the first to the last one entered, a missing
 * period counting as zero; the first is "now" and is not discounted.
 */
public final class BusinessCases {

  /** The yearly discount rate a proposal uses unless it says otherwise. */
  public static final BigDecimal DEFAULT_DISCOUNT_RATE_PERCENT = new BigDecimal("8");

  /** The longest horizon a business case may span, in periods (15 years of quarters). */
  public static final int MAX_PERIODS = 60;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private BusinessCases() {}

  /** The periods a proposal's lines span, first to last, or why they cannot be laid out. */
  static List<PeriodLabel> horizon(List<String> labels) {
    List<PeriodLabel> parsed = new ArrayList<>();
    for (String label : labels) {
      parsed.add(
          PeriodLabel.parse(label)
              .orElseThrow(() -> new IllegalArgumentException("'" + label + "' is not a period")));
    }
    if (parsed.isEmpty()) {
      return List.of();
    }
    boolean quarters = parsed.get(0).isQuarter();
    if (parsed.stream().anyMatch(p -> p.isQuarter() != quarters)) {
      throw new IllegalArgumentException(
          "Use one kind of period throughout: years (2027) or quarters (2027-Q1).");
    }
    PeriodLabel first = parsed.stream().min(PeriodLabel::compareTo).orElseThrow();
    PeriodLabel last = parsed.stream().max(PeriodLabel::compareTo).orElseThrow();
    if (last.index() - first.index() + 1 > MAX_PERIODS) {
      throw new IllegalArgumentException(
          "The business case may span at most " + MAX_PERIODS + " periods.");
    }
    List<PeriodLabel> horizon = new ArrayList<>();
    for (PeriodLabel p = first; p.compareTo(last) <= 0; p = p.next()) {
      horizon.add(p);
    }
    return horizon;
  }

  public static BusinessCaseView evaluate(
      List<ProposalData.CostLine> costs,
      List<ProposalData.BenefitLine> benefits,
      BigDecimal discountRatePercent,
      String currency) {
    if (costs.isEmpty() && benefits.isEmpty()) {
      return BusinessCaseView.unavailable(
          currency, "Enter costs and benefits by period to see NPV, IRR, payback and ROI.");
    }
    List<String> labels = new ArrayList<>();
    costs.forEach(c -> labels.add(c.period()));
    benefits.forEach(b -> labels.add(b.period()));
    List<PeriodLabel> horizon;
    try {
      horizon = horizon(labels);
    } catch (IllegalArgumentException e) {
      return BusinessCaseView.unavailable(currency, e.getMessage());
    }
    Map<Integer, BigDecimal> capexBy = new TreeMap<>();
    Map<Integer, BigDecimal> opexBy = new TreeMap<>();
    Map<Integer, BigDecimal> benefitsBy = new TreeMap<>();
    for (ProposalData.CostLine line : costs) {
      int index = PeriodLabel.parse(line.period()).orElseThrow().index();
      capexBy.merge(index, orZero(line.capex()), BigDecimal::add);
      opexBy.merge(index, orZero(line.opex()), BigDecimal::add);
    }
    for (ProposalData.BenefitLine line : benefits) {
      int index = PeriodLabel.parse(line.period()).orElseThrow().index();
      benefitsBy.merge(index, orZero(line.amount()), BigDecimal::add);
    }
    List<BigDecimal> capex = new ArrayList<>();
    List<BigDecimal> opex = new ArrayList<>();
    List<BigDecimal> gains = new ArrayList<>();
    for (PeriodLabel period : horizon) {
      capex.add(capexBy.getOrDefault(period.index(), BigDecimal.ZERO));
      opex.add(opexBy.getOrDefault(period.index(), BigDecimal.ZERO));
      gains.add(benefitsBy.getOrDefault(period.index(), BigDecimal.ZERO));
    }
    int perYear = horizon.get(0).periodsPerYear();
    BigDecimal yearlyRate =
        (discountRatePercent == null ? DEFAULT_DISCOUNT_RATE_PERCENT : discountRatePercent)
            .divide(HUNDRED, MathContext.DECIMAL64);
    BigDecimal rate = perPeriod(yearlyRate, perYear);
    BusinessCaseEvaluation evaluation;
    try {
      evaluation = new BusinessCase(capex, opex, gains, rate).evaluate();
    } catch (InvalidFinanceInputException e) {
      return BusinessCaseView.unavailable(
          currency, "The figures cannot be evaluated: " + e.getMessage());
    }
    CashFlows net = evaluation.netCashFlows();
    CashFlows discounted = net.discounted(rate);
    List<BusinessCaseView.PeriodRow> rows = new ArrayList<>();
    BigDecimal cumulative = BigDecimal.ZERO;
    BigDecimal cumulativeDiscounted = BigDecimal.ZERO;
    for (int i = 0; i < horizon.size(); i++) {
      cumulative = cumulative.add(net.amount(i));
      cumulativeDiscounted = cumulativeDiscounted.add(discounted.amount(i));
      rows.add(
          new BusinessCaseView.PeriodRow(
              horizon.get(i).label(),
              money(capex.get(i)),
              money(opex.get(i)),
              money(gains.get(i)),
              money(net.amount(i)),
              money(discounted.amount(i)),
              money(cumulative),
              money(cumulativeDiscounted)));
    }
    BigDecimal totalCapex = capex.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal totalOpex = opex.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return new BusinessCaseView(
        true,
        null,
        currency,
        perYear == 4 ? "QUARTER" : "YEAR",
        yearlyRate.multiply(HUNDRED).stripTrailingZeros(),
        rows,
        money(totalCapex),
        money(totalOpex),
        money(evaluation.totalCosts()),
        money(evaluation.totalBenefits()),
        money(evaluation.npv()),
        irr(evaluation, perYear),
        payback(evaluation.payback(), perYear, horizon.size(), currency),
        payback(evaluation.discountedPayback(), perYear, horizon.size(), currency),
        evaluation.roi().map(r -> percent(r)).orElse(null));
  }

  /** The rate per period equivalent to a yearly rate: (1 + r)^(1/k) − 1. */
  static BigDecimal perPeriod(BigDecimal yearlyRate, int periodsPerYear) {
    if (periodsPerYear == 1) {
      return yearlyRate;
    }
    double rate = Math.pow(1 + yearlyRate.doubleValue(), 1.0 / periodsPerYear) - 1;
    return new BigDecimal(rate, MathContext.DECIMAL64);
  }

  /** A rate per period as a yearly percentage: ((1 + r)^k − 1) × 100. */
  static BigDecimal yearlyPercent(BigDecimal ratePerPeriod, int periodsPerYear) {
    BigDecimal yearly =
        periodsPerYear == 1
            ? ratePerPeriod
            : new BigDecimal(
                Math.pow(1 + ratePerPeriod.doubleValue(), periodsPerYear) - 1,
                MathContext.DECIMAL64);
    return percent(yearly);
  }

  private static BusinessCaseView.Irr irr(BusinessCaseEvaluation evaluation, int perYear) {
    IrrResult irr = evaluation.irr();
    if (irr instanceof IrrResult.Unique unique) {
      BigDecimal rate = yearlyPercent(unique.rate(), perYear);
      return new BusinessCaseView.Irr("UNIQUE", rate, List.of(rate), null);
    }
    if (irr instanceof IrrResult.Multiple multiple) {
      return new BusinessCaseView.Irr(
          "MULTIPLE",
          evaluation.irrClosestToDiscountRate().map(r -> yearlyPercent(r, perYear)).orElse(null),
          multiple.rates().stream().map(r -> yearlyPercent(r, perYear)).toList(),
          "The cash flows change sign more than once, so there are "
              + multiple.rates().size()
              + " rates of return; judge the proposal by its NPV.");
    }
    IrrResult.None none = (IrrResult.None) irr;
    return new BusinessCaseView.Irr(
        "NONE", null, List.of(), "There is no IRR: " + none.explanation() + ".");
  }

  private static BusinessCaseView.Payback payback(
      Payback payback, int perYear, int periods, String currency) {
    if (payback instanceof Payback.PaysBack pays) {
      BigDecimal years =
          pays.periods().divide(BigDecimal.valueOf(perYear), 2, RoundingMode.HALF_UP);
      return new BusinessCaseView.Payback(
          true,
          years,
          null,
          pays.periods().signum() == 0
              ? "Immediately: the cash position never goes below zero."
              : years.stripTrailingZeros().toPlainString() + " years");
    }
    BigDecimal shortfall = money(((Payback.NeverPaysBack) payback).shortfall());
    return new BusinessCaseView.Payback(
        false,
        null,
        shortfall,
        "Does not pay back within the "
            + periods
            + (perYear == 4 ? " quarters" : " years")
            + " entered ("
            + shortfall.toPlainString()
            + " "
            + currency
            + " still to recover).");
  }

  private static BigDecimal percent(BigDecimal ratio) {
    return ratio.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
  }

  private static BigDecimal money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  private static BigDecimal orZero(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }
}
