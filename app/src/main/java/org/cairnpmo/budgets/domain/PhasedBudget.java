package org.cairnpmo.budgets.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cairnpmo.portfolio.ProposalApproved.PlannedCost;

/**
 * The monthly budget a business case's cost lines make: each line's capex and opex spread evenly
 * over the months of its period (a year or a quarter), in cents, the remainder of the division on
 * the last month so that every line keeps its exact total.
 *
 * <p>When the project has planned dates, only the months of a period inside them take the money, so
 * a year that the project starts in the middle of is spent where the project runs; when none of a
 * period's months is inside, the whole period takes it rather than the money being lost. The
 * business case says how accounting classifies a cost, not what it buys, so every line goes to the
 * category {@link CostCategory#OTHER} until the manager splits it.
 */
public final class PhasedBudget {

  private PhasedBudget() {}

  /** The lines, one per month and cost type, by month; amounts of lines sharing a month add up. */
  public static List<BudgetLine> spread(
      List<PlannedCost> costs, LocalDate plannedStart, LocalDate plannedFinish) {
    Map<String, BigDecimal> capex = new TreeMap<>();
    Map<String, BigDecimal> opex = new TreeMap<>();
    for (PlannedCost cost : costs) {
      List<YearMonth> months = months(cost, plannedStart, plannedFinish);
      spreadOver(months, cost.capex(), capex);
      spreadOver(months, cost.opex(), opex);
    }
    List<BudgetLine> lines = new ArrayList<>();
    add(capex, CostType.CAPEX, lines);
    add(opex, CostType.OPEX, lines);
    lines.sort(Comparator.comparing(BudgetLine::period));
    return lines;
  }

  private static void add(Map<String, BigDecimal> amounts, CostType type, List<BudgetLine> into) {
    amounts.forEach(
        (month, amount) -> {
          if (amount.signum() > 0) { // a cent spread over more months than it has leaves zeros
            into.add(new BudgetLine(month, CostCategory.OTHER, type, amount));
          }
        });
  }

  /** The months of the cost's period that take its money, within the range budgets accept. */
  static List<YearMonth> months(PlannedCost cost, LocalDate plannedStart, LocalDate plannedFinish) {
    if (cost.from() == null || cost.to() == null) {
      return List.of();
    }
    List<YearMonth> period =
        Periods.range(YearMonth.from(cost.from()), YearMonth.from(cost.to())).stream()
            .filter(Periods::inRange)
            .toList();
    if (plannedStart == null || plannedFinish == null) {
      return period;
    }
    YearMonth first = YearMonth.from(plannedStart);
    YearMonth last = YearMonth.from(plannedFinish);
    List<YearMonth> inside =
        period.stream().filter(m -> !m.isBefore(first) && !m.isAfter(last)).toList();
    return inside.isEmpty() ? period : inside;
  }

  /** Adds {@code amount} over {@code months} in equal cents, the remainder on the last month. */
  static void spreadOver(List<YearMonth> months, BigDecimal amount, Map<String, BigDecimal> into) {
    if (months.isEmpty() || amount == null || amount.signum() <= 0) {
      return;
    }
    BigDecimal total = amount.setScale(2, RoundingMode.HALF_UP);
    BigDecimal each = total.divide(BigDecimal.valueOf(months.size()), 2, RoundingMode.DOWN);
    BigDecimal last = total.subtract(each.multiply(BigDecimal.valueOf(months.size() - 1L)));
    for (int i = 0; i < months.size(); i++) {
      BigDecimal share = i == months.size() - 1 ? last : each;
      into.merge(Periods.format(months.get(i)), share, BigDecimal::add);
    }
  }
}
