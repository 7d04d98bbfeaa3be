package org.cairnpmo.budgets.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.cairnpmo.budgets.domain.ActualData;
import org.cairnpmo.budgets.domain.BudgetLine;
import org.cairnpmo.budgets.domain.CostCategory;
import org.cairnpmo.budgets.domain.CostType;
import org.cairnpmo.budgets.domain.Periods;

/**
 * How a demo project plans and spends its money, the same for the demo organization's projects
 * ({@link BudgetsDemoData}, through the budget service) and the synthetic ones ({@link
 * SyntheticBudgetData}, in JDBC batches): an S-shaped monthly budget split into labour, material
 * and other costs, and each month's spending booked as a timesheet, a purchase order and an
 * invoice.
 */
final class DemoSpending {

  private DemoSpending() {}

  /**
   * The budget at completion spread S-shaped over {@code months} months: little at the start and
   * the end, most in the middle, in whole amounts with the rest on the last month.
   *
   * @param plannedShare the cumulative share of the budget planned by the end of each month
   */
  record Spread(List<BigDecimal> amounts, double[] plannedShare) {}

  static Spread sCurve(BigDecimal bac, int months) {
    double[] weights = new double[months];
    double sum = 0;
    for (int i = 0; i < months; i++) {
      weights[i] = Math.sin(Math.PI * (i + 0.5) / months) + 0.25;
      sum += weights[i];
    }
    List<BigDecimal> amounts = new ArrayList<>();
    double[] plannedShare = new double[months];
    BigDecimal allocated = BigDecimal.ZERO;
    double cumulative = 0;
    for (int i = 0; i < months; i++) {
      BigDecimal month =
          i == months - 1
              ? bac.subtract(allocated)
              : bac.multiply(BigDecimal.valueOf(weights[i] / sum))
                  .setScale(0, RoundingMode.HALF_UP);
      allocated = allocated.add(month);
      cumulative += weights[i] / sum;
      plannedShare[i] = Math.min(1.0, cumulative);
      amounts.add(month);
    }
    return new Spread(amounts, plannedShare);
  }

  /**
   * How a project performs against its plan, its own for each project so that some run late, some
   * over budget and a few ahead.
   *
   * @param schedule the share of the planned progress made, 0.78 to 1.08
   * @param cost what the work costs against its budget, 0.90 to 1.25
   */
  record Performance(double schedule, double cost) {

    static Performance draw(RandomGenerator random) {
      double schedule = 0.78 + random.nextDouble() * 0.3;
      return new Performance(schedule, 0.9 + random.nextDouble() * 0.35);
    }

    /**
     * The cumulative percent complete at the end of a month, to a tenth, never less than the month
     * before; a finished project's last month is 100.
     */
    double percent(double plannedShare, double previous, boolean finishedNow) {
      double pct = finishedNow ? 100.0 : Math.min(100.0, plannedShare * 100 * schedule);
      return Math.max(previous, Math.round(pct * 10) / 10.0);
    }

    /** What the month's progress from {@code previous} to {@code pct} cost, give or take 15 %. */
    double spent(double pct, double previous, BigDecimal bac, RandomGenerator random) {
      double earned = (pct - previous) / 100.0 * bac.doubleValue();
      return earned * cost * (0.85 + random.nextDouble() * 0.3);
    }
  }

  /** A month's budget: 60 % labour (opex), 25 % material (capex), the rest other costs (opex). */
  static List<BudgetLine> split(String period, BigDecimal amount) {
    BigDecimal labour = amount.multiply(new BigDecimal("0.60")).setScale(2, RoundingMode.HALF_UP);
    BigDecimal material = amount.multiply(new BigDecimal("0.25")).setScale(2, RoundingMode.HALF_UP);
    BigDecimal other = amount.subtract(labour).subtract(material).setScale(2, RoundingMode.HALF_UP);
    return List.of(
        new BudgetLine(period, CostCategory.LABOUR, CostType.OPEX, labour),
        new BudgetLine(period, CostCategory.MATERIAL, CostType.CAPEX, material),
        new BudgetLine(period, CostCategory.OTHER, CostType.OPEX, other));
  }

  /**
   * One month's spending as a timesheet (half to 70 % of it), a purchase order and an invoice;
   * parts that come to nothing are left out.
   */
  static List<ActualData> spending(YearMonth month, BigDecimal amount, RandomGenerator random) {
    double labourShare = 0.5 + random.nextDouble() * 0.2;
    BigDecimal labour =
        amount.multiply(BigDecimal.valueOf(labourShare)).setScale(2, RoundingMode.HALF_UP);
    BigDecimal material =
        amount.subtract(labour).multiply(new BigDecimal("0.6")).setScale(2, RoundingMode.HALF_UP);
    BigDecimal other = amount.subtract(labour).subtract(material);
    String period = Periods.format(month);
    int ref = 1000 + random.nextInt(9000);
    return List.of(
            new ActualData(
                month.atDay(Math.min(25, month.lengthOfMonth())),
                period,
                CostCategory.LABOUR,
                CostType.OPEX,
                labour,
                "Team time and contractors",
                "TS-" + period),
            new ActualData(
                month.atDay(10),
                period,
                CostCategory.MATERIAL,
                CostType.CAPEX,
                material,
                "Hardware and licences",
                "PO-" + ref),
            new ActualData(
                month.atDay(18),
                period,
                CostCategory.OTHER,
                CostType.OPEX,
                other,
                "Travel, training and fees",
                "INV-" + (ref + 1)))
        .stream()
        .filter(a -> a.amount().signum() > 0)
        .toList();
  }
}
