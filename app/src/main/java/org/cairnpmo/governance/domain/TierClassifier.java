package org.cairnpmo.governance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Classifies a piece of work: does it qualify as a project (the PMO's criteria), and into which
 * tier does it fall (the highest tier, i.e. the lowest level number, whose rule matches). A pure
 * function of its inputs.
 *
 * <ul>
 *   <li>Project criteria: work qualifies when it reaches at least one threshold that is set (budget
 *       at least the minimum budget, or duration at least the minimum duration); with no threshold
 *       set, all work qualifies. Work that reaches none is business as usual and gets no tier.
 *   <li>A tier's rule: each condition that is set (budget &ge; amount, duration &ge; months, risk
 *       &ge; level) either holds or not; {@link MatchMode#ANY} needs one of them, {@link
 *       MatchMode#ALL} needs all of them. A tier without conditions matches everything.
 *   <li>An unknown budget, duration or risk never meets a condition.
 * </ul>
 */
public final class TierClassifier {

  private TierClassifier() {}

  /** The PMO's thresholds below which work is business as usual; null means not set. */
  public record Criteria(BigDecimal minBudget, Integer minDurationMonths, String currency) {}

  /** A tier's rule as the classifier needs it; null conditions are not part of the rule. */
  public record Rule(
      long tierId,
      int level,
      String name,
      MatchMode match,
      BigDecimal minBudget,
      Integer minDurationMonths,
      RiskLevel minRisk,
      Long lifecycleId) {

    boolean hasConditions() {
      return minBudget != null || minDurationMonths != null || minRisk != null;
    }
  }

  public static Classification classify(
      Criteria criteria, List<Rule> tiers, BigDecimal budget, Integer months, RiskLevel risk) {
    List<String> reasons = new ArrayList<>();
    String currency = criteria.currency();
    boolean qualifies = qualifies(criteria, budget, months, reasons);
    if (!qualifies) {
      return new Classification(budget, months, risk, false, null, null, null, null, reasons);
    }
    List<Rule> ordered =
        tiers.stream()
            .sorted(Comparator.comparingInt(Rule::level).thenComparingLong(Rule::tierId))
            .toList();
    for (Rule tier : ordered) {
      List<String> met = new ArrayList<>();
      if (matches(tier, budget, months, risk, currency, met)) {
        reasons.add(
            tier.name()
                + " (level "
                + tier.level()
                + "): "
                + (met.isEmpty() ? "applies to every project" : String.join(", ", met))
                + ".");
        return new Classification(
            budget,
            months,
            risk,
            true,
            tier.tierId(),
            tier.level(),
            tier.name(),
            tier.lifecycleId(),
            reasons);
      }
    }
    reasons.add("No tier's rule matches; the PMO chooses the tier.");
    return new Classification(budget, months, risk, true, null, null, null, null, reasons);
  }

  /** Whether the tier's rule holds; {@code met} receives the conditions that hold, in words. */
  static boolean matches(
      Rule tier,
      BigDecimal budget,
      Integer months,
      RiskLevel risk,
      String currency,
      List<String> met) {
    if (!tier.hasConditions()) {
      return true;
    }
    int set = 0;
    int holding = 0;
    if (tier.minBudget() != null) {
      set++;
      if (budget != null && budget.compareTo(tier.minBudget()) >= 0) {
        holding++;
        met.add("budget " + money(budget, currency) + " ≥ " + money(tier.minBudget(), currency));
      }
    }
    if (tier.minDurationMonths() != null) {
      set++;
      if (months != null && months >= tier.minDurationMonths()) {
        holding++;
        met.add("duration " + months + " ≥ " + tier.minDurationMonths() + " months");
      }
    }
    if (tier.minRisk() != null) {
      set++;
      if (risk != null && risk.atLeast(tier.minRisk())) {
        holding++;
        met.add("risk " + risk.label() + " ≥ " + tier.minRisk().label());
      }
    }
    MatchMode mode = tier.match() == null ? MatchMode.ANY : tier.match();
    return mode == MatchMode.ALL ? holding == set : holding > 0;
  }

  private static boolean qualifies(
      Criteria criteria, BigDecimal budget, Integer months, List<String> reasons) {
    BigDecimal minBudget = criteria.minBudget();
    Integer minMonths = criteria.minDurationMonths();
    String currency = criteria.currency();
    if (minBudget == null && minMonths == null) {
      reasons.add("No project criteria are set: all work qualifies as a project.");
      return true;
    }
    if (minBudget != null && budget != null && budget.compareTo(minBudget) >= 0) {
      reasons.add(
          "Qualifies as a project: budget "
              + money(budget, currency)
              + " ≥ "
              + money(minBudget, currency)
              + ".");
      return true;
    }
    if (minMonths != null && months != null && months >= minMonths) {
      reasons.add("Qualifies as a project: duration " + months + " ≥ " + minMonths + " months.");
      return true;
    }
    List<String> below = new ArrayList<>();
    if (minBudget != null) {
      below.add(
          budget == null
              ? "no budget known (minimum " + money(minBudget, currency) + ")"
              : "budget " + money(budget, currency) + " < " + money(minBudget, currency));
    }
    if (minMonths != null) {
      below.add(
          months == null
              ? "no duration known (minimum " + minMonths + " months)"
              : "duration " + months + " < " + minMonths + " months");
    }
    reasons.add("Business as usual, not a project: " + String.join(", ", below) + ".");
    return false;
  }

  /**
   * Whole months from {@code start} to {@code finish}, both days included: 1 January to 31 December
   * is 12 months; 15 January to 14 July is 6.
   */
  public static Integer durationMonths(LocalDate start, LocalDate finish) {
    if (start == null || finish == null || finish.isBefore(start)) {
      return null;
    }
    return (int) Period.between(start, finish.plusDays(1)).toTotalMonths();
  }

  static String money(BigDecimal amount, String currency) {
    String number =
        amount.stripTrailingZeros().scale() <= 0
            ? String.format(Locale.ROOT, "%,.0f", amount)
            : String.format(Locale.ROOT, "%,.2f", amount);
    return currency == null ? number : number + " " + currency;
  }
}
