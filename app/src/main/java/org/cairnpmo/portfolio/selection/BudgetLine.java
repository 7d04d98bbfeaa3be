package org.cairnpmo.portfolio.selection;

import java.math.BigDecimal;

/**
 * One budget limit of a scenario against what the projects under way have committed in its period.
 *
 * @param period the limit's period label (2027, 2027-Q1, 2027-H2, 2027-03)
 * @param limit the most that may be spent in the period, as entered
 * @param committed the budgeted spend of active and on-hold projects in the period; zero when the
 *     scenario ignores committed spend or the label names no dates
 * @param available {@code limit − committed}; negative when the projects under way exceed the limit
 *     already (the optimizer then has nothing to spend)
 * @param counted whether committed spend was looked up for the period: false when the scenario
 *     ignores it, when the label is not a year, half, quarter or month, or when no module knows the
 *     budgets of the projects
 */
public record BudgetLine(
    String period, BigDecimal limit, BigDecimal committed, BigDecimal available, boolean counted) {

  static BudgetLine uncounted(ScenarioData.PeriodLimit limit) {
    return new BudgetLine(
        limit.period().trim(), limit.limit(), BigDecimal.ZERO, limit.limit(), false);
  }

  static BudgetLine counted(ScenarioData.PeriodLimit limit, BigDecimal committed) {
    return new BudgetLine(
        limit.period().trim(), limit.limit(), committed, limit.limit().subtract(committed), true);
  }

  /** What the optimizer may spend in the period: the available amount, never below zero. */
  double capacity() {
    return Math.max(0, available.doubleValue());
  }
}
