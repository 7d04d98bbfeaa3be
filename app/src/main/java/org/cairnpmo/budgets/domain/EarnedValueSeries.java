package org.cairnpmo.budgets.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cairnpmo.budgets.EvmFigure;
import org.cairnpmo.budgets.EvmPeriod;
import org.cairnpmo.budgets.EvmView;
import org.cairnpmo.engine.finance.EacForecast;
import org.cairnpmo.engine.finance.EacMethod;
import org.cairnpmo.engine.finance.EarnedValueCurve;
import org.cairnpmo.engine.finance.EarnedValueSnapshot;
import org.cairnpmo.engine.finance.InvalidFinanceInputException;
import org.cairnpmo.engine.finance.SCurvePoint;

/**
 * Assembles a project's month-by-month planned, earned and actual amounts and hands them to the
 * engine's {@link EarnedValueCurve}; the engine does all the earned-value math.
 *
 * <p>The months run from the first one budgeted, reported or spent in to the later of the last
 * budgeted and the status period. The status period is the latest month with progress or actual
 * costs. Percent complete carries forward from the last month it was reported for (0 before).
 */
public final class EarnedValueSeries {

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The monthly inputs, aligned on {@code months}. */
  record Inputs(
      List<YearMonth> months,
      List<BigDecimal> planned,
      List<BigDecimal> earned,
      List<BigDecimal> actual,
      List<BigDecimal> percent,
      BigDecimal bac) {}

  private EarnedValueSeries() {}

  static Inputs inputs(
      List<BudgetLine> lines,
      Map<String, BigDecimal> actualByPeriod,
      List<ProgressPoint> progress) {
    TreeMap<YearMonth, BigDecimal> planned = new TreeMap<>();
    for (BudgetLine line : lines) {
      planned.merge(month(line.period()), line.amount(), BigDecimal::add);
    }
    TreeMap<YearMonth, BigDecimal> actual = new TreeMap<>();
    actualByPeriod.forEach(
        (period, amount) -> actual.merge(month(period), amount, BigDecimal::add));
    TreeMap<YearMonth, BigDecimal> percent = new TreeMap<>();
    progress.forEach(p -> percent.put(month(p.period()), p.percentComplete()));

    BigDecimal bac = planned.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    YearMonth first = min(min(first(planned), first(actual)), first(percent));
    if (first == null) {
      return new Inputs(List.of(), List.of(), List.of(), List.of(), List.of(), bac);
    }
    YearMonth status = max(last(actual), last(percent));
    YearMonth end = max(last(planned), status);
    List<YearMonth> months = Periods.range(first, end);
    List<BigDecimal> plannedPerMonth = new ArrayList<>();
    List<BigDecimal> earned = new ArrayList<>();
    List<BigDecimal> actualPerMonth = new ArrayList<>();
    List<BigDecimal> percentPerMonth = new ArrayList<>();
    BigDecimal previousEv = BigDecimal.ZERO;
    BigDecimal pct = BigDecimal.ZERO;
    for (YearMonth m : months) {
      plannedPerMonth.add(planned.getOrDefault(m, BigDecimal.ZERO));
      if (status != null && !m.isAfter(status)) {
        pct = percent.getOrDefault(m, pct);
        BigDecimal ev = bac.multiply(pct).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        earned.add(ev.subtract(previousEv));
        previousEv = ev;
        actualPerMonth.add(actual.getOrDefault(m, BigDecimal.ZERO));
        percentPerMonth.add(pct);
      }
    }
    return new Inputs(months, plannedPerMonth, earned, actualPerMonth, percentPerMonth, bac);
  }

  /** The earned-value view of a project from its budget, actual costs and progress. */
  public static EvmView assemble(
      long projectId,
      String currency,
      List<BudgetLine> lines,
      Map<String, BigDecimal> actualByPeriod,
      List<ProgressPoint> progress,
      EacMethod method) {
    Inputs in = inputs(lines, actualByPeriod, progress);
    if (in.months().isEmpty()) {
      return unmeasured(
          projectId,
          currency,
          in,
          method,
          "Nothing to measure yet: enter the budget, progress or costs.",
          List.of(),
          "No budget, progress or actual costs yet.");
    }
    EarnedValueCurve curve;
    try {
      curve = EarnedValueCurve.of(in.planned(), in.earned(), in.actual());
    } catch (InvalidFinanceInputException e) {
      String why = "The figures cannot be computed: " + e.getMessage() + ".";
      return unmeasured(projectId, currency, in, method, why, periods(in, null), why);
    }
    Optional<EarnedValueSnapshot> status = curve.latestStatus();
    String statusPeriod =
        status.isPresent() ? Periods.format(in.months().get(in.earned().size() - 1)) : null;
    return new EvmView(
        projectId,
        currency,
        money(in.bac()),
        statusPeriod,
        method,
        method.formula(),
        figures(status.orElse(null), method, "Nothing reported yet: enter progress or costs."),
        periods(in, curve),
        status.isEmpty() ? "Nothing reported yet: enter progress or actual costs." : null);
  }

  /** A view without a status period: every figure undefined, for {@code why}. */
  private static EvmView unmeasured(
      long projectId,
      String currency,
      Inputs in,
      EacMethod method,
      String why,
      List<EvmPeriod> periods,
      String note) {
    return new EvmView(
        projectId,
        currency,
        money(in.bac()),
        null,
        method,
        method.formula(),
        figures(null, method, why),
        periods,
        note);
  }

  /** The status at the end of the latest reported month up to {@code asOf}, if any. */
  static Optional<EarnedValueSnapshot> statusAsOf(
      List<BudgetLine> lines,
      Map<String, BigDecimal> actualByPeriod,
      List<ProgressPoint> progress,
      YearMonth asOf) {
    Map<String, BigDecimal> actual = new TreeMap<>();
    actualByPeriod.forEach(
        (period, amount) -> {
          if (!month(period).isAfter(asOf)) {
            actual.put(period, amount);
          }
        });
    List<ProgressPoint> reported =
        progress.stream().filter(p -> !month(p.period()).isAfter(asOf)).toList();
    Inputs in = inputs(lines, actual, reported);
    if (in.months().isEmpty() || in.earned().isEmpty()) {
      return Optional.empty();
    }
    try {
      return EarnedValueCurve.of(in.planned(), in.earned(), in.actual()).latestStatus();
    } catch (InvalidFinanceInputException e) {
      return Optional.empty();
    }
  }

  private static List<EvmPeriod> periods(Inputs in, EarnedValueCurve curve) {
    List<EvmPeriod> periods = new ArrayList<>();
    BigDecimal cumPlanned = BigDecimal.ZERO;
    BigDecimal cumActual = BigDecimal.ZERO;
    for (int i = 0; i < in.months().size(); i++) {
      BigDecimal planned = in.planned().get(i);
      boolean reported = i < in.actual().size();
      BigDecimal actual = reported ? in.actual().get(i) : BigDecimal.ZERO;
      cumPlanned = cumPlanned.add(planned);
      cumActual = cumActual.add(actual);
      SCurvePoint point = curve == null ? null : curve.points().get(i);
      periods.add(
          new EvmPeriod(
              Periods.format(in.months().get(i)),
              money(planned),
              reported ? money(actual) : null,
              reported ? money(planned.subtract(actual)) : null,
              reported ? money(cumPlanned.subtract(cumActual)) : null,
              money(cumPlanned),
              point == null ? null : point.ev().map(EarnedValueSeries::money).orElse(null),
              reported ? money(cumActual) : null,
              reported ? in.percent().get(i) : null,
              point == null ? null : point.spi().map(EarnedValueSeries::index).orElse(null),
              point == null ? null : point.cpi().map(EarnedValueSeries::index).orElse(null)));
    }
    return periods;
  }

  static List<EvmFigure> figures(EarnedValueSnapshot s, EacMethod method, String noStatus) {
    List<EvmFigure> f = new ArrayList<>();
    if (s == null) {
      f.add(undefined("PV", "Planned value", "Σ budget to the status month", true, noStatus));
      f.add(undefined("EV", "Earned value", "BAC × % complete", true, noStatus));
      f.add(undefined("AC", "Actual cost", "Σ actual costs to the status month", true, noStatus));
      f.add(undefined("SV", "Schedule variance", "EV − PV", true, noStatus));
      f.add(undefined("CV", "Cost variance", "EV − AC", true, noStatus));
      f.add(undefined("SPI", "Schedule performance index", "EV / PV", false, noStatus));
      f.add(undefined("CPI", "Cost performance index", "EV / AC", false, noStatus));
      f.add(undefined("EAC", "Estimate at completion", method.formula(), true, noStatus));
      f.add(undefined("ETC", "Estimate to complete", "EAC − AC", true, noStatus));
      f.add(undefined("VAC", "Variance at completion", "BAC − EAC", true, noStatus));
      f.add(
          undefined(
              "TCPI", "To-complete performance index", "(BAC − EV) / (BAC − AC)", false, noStatus));
      return f;
    }
    f.add(figure("PV", "Planned value", "Σ budget to the status month", true, s.pv()));
    f.add(figure("EV", "Earned value", "BAC × % complete", true, s.ev()));
    f.add(figure("AC", "Actual cost", "Σ actual costs to the status month", true, s.ac()));
    f.add(figure("SV", "Schedule variance", "EV − PV", true, s.sv()));
    f.add(figure("CV", "Cost variance", "EV − AC", true, s.cv()));
    f.add(
        optional(
            "SPI",
            "Schedule performance index",
            "EV / PV",
            false,
            s.spi(),
            "Nothing was planned up to the status month (PV = 0)."));
    f.add(
        optional(
            "CPI",
            "Cost performance index",
            "EV / AC",
            false,
            s.cpi(),
            "Nothing was spent yet (AC = 0)."));
    EacForecast forecast = s.forecast(method);
    String noEac = noEacReason(s, method);
    f.add(optional("EAC", "Estimate at completion", method.formula(), true, forecast.eac(), noEac));
    f.add(optional("ETC", "Estimate to complete", "EAC − AC", true, forecast.etc(), noEac));
    f.add(optional("VAC", "Variance at completion", "BAC − EAC", true, forecast.vac(), noEac));
    f.add(
        optional(
            "TCPI",
            "To-complete performance index",
            "(BAC − EV) / (BAC − AC)",
            false,
            s.tcpiToBac(),
            "The budget is exactly spent (BAC = AC): no efficiency can finish on budget."));
    return f;
  }

  private static String noEacReason(EarnedValueSnapshot s, EacMethod method) {
    if (s.ac().signum() == 0) {
      return "Nothing was spent yet (AC = 0), so there is no cost performance to forecast from.";
    }
    if (s.ev().signum() == 0) {
      return "No value was earned yet (EV = 0), so CPI is 0 and "
          + method.formula()
          + " is undefined.";
    }
    if (s.pv().signum() == 0) {
      return "Nothing was planned yet (PV = 0), so SPI is undefined.";
    }
    return "Undefined for these figures.";
  }

  private static EvmFigure figure(
      String key, String label, String formula, boolean money, BigDecimal value) {
    return new EvmFigure(key, label, formula, money, money ? money(value) : index(value), null);
  }

  private static EvmFigure optional(
      String key,
      String label,
      String formula,
      boolean money,
      Optional<BigDecimal> value,
      String reason) {
    return value
        .map(v -> figure(key, label, formula, money, v))
        .orElseGet(() -> undefined(key, label, formula, money, reason));
  }

  private static EvmFigure undefined(
      String key, String label, String formula, boolean money, String reason) {
    return new EvmFigure(key, label, formula, money, null, reason);
  }

  static BigDecimal money(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }

  static BigDecimal index(BigDecimal value) {
    return value.setScale(4, RoundingMode.HALF_UP);
  }

  private static YearMonth month(String period) {
    return Periods.parse(period)
        .orElseThrow(() -> new IllegalArgumentException("Not a period: " + period));
  }

  private static YearMonth first(TreeMap<YearMonth, ?> map) {
    return map.isEmpty() ? null : map.firstKey();
  }

  private static YearMonth last(TreeMap<YearMonth, ?> map) {
    return map.isEmpty() ? null : map.lastKey();
  }

  private static YearMonth min(YearMonth a, YearMonth b) {
    return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
  }

  private static YearMonth max(YearMonth a, YearMonth b) {
    return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
  }
}
