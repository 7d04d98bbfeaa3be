package org.cairnpmo.budgets.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cairnpmo.budgets.EvmFigure;
import org.cairnpmo.budgets.EvmPeriod;
import org.cairnpmo.budgets.EvmView;
import org.cairnpmo.engine.finance.EacMethod;
import org.junit.jupiter.api.Test;

class EarnedValueSeriesTest {

  private static BudgetLine line(String period, CostCategory category, String amount) {
    return new BudgetLine(period, category, CostType.OPEX, new BigDecimal(amount));
  }

  private static ProgressPoint pct(String period, String percent) {
    return new ProgressPoint(period, new BigDecimal(percent));
  }

  private static Map<String, EvmFigure> byKey(EvmView view) {
    return view.figures().stream().collect(Collectors.toMap(EvmFigure::key, Function.identity()));
  }

  // Four months of 10,000 each: BAC 40,000. After two months 40 % is done (EV 16,000) for
  // PV 20,000 and AC 18,000: SPI 0.8, CPI 0.8889, EAC = BAC / CPI = 45,000.
  private static final List<BudgetLine> BUDGET =
      List.of(
          line("2027-01", CostCategory.LABOUR, "6000"),
          line("2027-01", CostCategory.MATERIAL, "4000"),
          line("2027-02", CostCategory.LABOUR, "10000"),
          line("2027-03", CostCategory.LABOUR, "10000"),
          line("2027-04", CostCategory.OTHER, "10000"));

  @Test
  void planned_earned_and_actual_are_cumulated_by_month_up_to_the_status_period() {
    EvmView view =
        EarnedValueSeries.assemble(
            7,
            "EUR",
            BUDGET,
            Map.of("2027-01", new BigDecimal("9000"), "2027-02", new BigDecimal("9000")),
            List.of(pct("2027-01", "15"), pct("2027-02", "40")),
            EacMethod.BAC_OVER_CPI);

    assertThat(view.bac()).isEqualByComparingTo("40000");
    assertThat(view.statusPeriod()).isEqualTo("2027-02");
    assertThat(view.periods())
        .extracting(EvmPeriod::period, EvmPeriod::pv, EvmPeriod::ev, EvmPeriod::ac)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "2027-01",
                new BigDecimal("10000.00"),
                new BigDecimal("6000.00"),
                new BigDecimal("9000.00")),
            org.assertj.core.groups.Tuple.tuple(
                "2027-02",
                new BigDecimal("20000.00"),
                new BigDecimal("16000.00"),
                new BigDecimal("18000.00")),
            org.assertj.core.groups.Tuple.tuple("2027-03", new BigDecimal("30000.00"), null, null),
            org.assertj.core.groups.Tuple.tuple("2027-04", new BigDecimal("40000.00"), null, null));
    EvmPeriod january = view.periods().get(0);
    assertThat(january.variance()).isEqualByComparingTo("1000");
    assertThat(view.periods().get(1).cumulativeVariance()).isEqualByComparingTo("2000");

    Map<String, EvmFigure> f = byKey(view);
    assertThat(f.get("PV").value()).isEqualByComparingTo("20000");
    assertThat(f.get("EV").value()).isEqualByComparingTo("16000");
    assertThat(f.get("AC").value()).isEqualByComparingTo("18000");
    assertThat(f.get("SV").value()).isEqualByComparingTo("-4000");
    assertThat(f.get("CV").value()).isEqualByComparingTo("-2000");
    assertThat(f.get("SPI").value()).isEqualByComparingTo("0.8");
    assertThat(f.get("CPI").value()).isEqualByComparingTo("0.8889");
    assertThat(f.get("EAC").value()).isEqualByComparingTo("45000");
    assertThat(f.get("EAC").formula()).isEqualTo("BAC / CPI");
    assertThat(f.get("ETC").value()).isEqualByComparingTo("27000");
    assertThat(f.get("VAC").value()).isEqualByComparingTo("-5000");
    assertThat(f.get("TCPI").value()).isEqualByComparingTo("1.0909");
  }

  @Test
  void percent_complete_carries_forward_and_the_chosen_formula_is_named() {
    EvmView view =
        EarnedValueSeries.assemble(
            7,
            "EUR",
            BUDGET,
            Map.of("2027-03", new BigDecimal("5000")),
            List.of(pct("2027-01", "25")),
            EacMethod.AC_PLUS_REMAINING_AT_BUDGET);

    assertThat(view.statusPeriod()).isEqualTo("2027-03");
    assertThat(view.periods())
        .extracting(EvmPeriod::percentComplete)
        .containsExactly(new BigDecimal("25"), new BigDecimal("25"), new BigDecimal("25"), null);
    Map<String, EvmFigure> f = byKey(view);
    assertThat(f.get("EV").value()).isEqualByComparingTo("10000");
    assertThat(f.get("EAC").formula()).isEqualTo("AC + (BAC - EV)");
    assertThat(f.get("EAC").value()).isEqualByComparingTo("35000");
  }

  @Test
  void undefined_indices_say_why_instead_of_failing() {
    EvmView nothing =
        EarnedValueSeries.assemble(
            7, "EUR", List.of(), Map.of(), List.of(), EacMethod.BAC_OVER_CPI);
    assertThat(nothing.periods()).isEmpty();
    assertThat(nothing.figures()).allSatisfy(f -> assertThat(f.undefinedReason()).isNotBlank());

    EvmView unspent =
        EarnedValueSeries.assemble(
            7, "EUR", BUDGET, Map.of(), List.of(pct("2027-01", "10")), EacMethod.BAC_OVER_CPI);
    Map<String, EvmFigure> f = byKey(unspent);
    assertThat(f.get("SPI").value()).isEqualByComparingTo("0.4");
    assertThat(f.get("CPI").defined()).isFalse();
    assertThat(f.get("CPI").undefinedReason()).contains("AC = 0");
    assertThat(f.get("EAC").defined()).isFalse();
    assertThat(f.get("ETC").undefinedReason()).contains("AC = 0");

    EvmView unearned =
        EarnedValueSeries.assemble(
            7,
            "EUR",
            BUDGET,
            Map.of("2027-01", new BigDecimal("100")),
            List.of(),
            EacMethod.BAC_OVER_CPI);
    assertThat(byKey(unearned).get("EAC").undefinedReason()).contains("EV = 0");
    assertThat(byKey(unearned).get("CPI").value()).isEqualByComparingTo("0");
  }

  @Test
  void costs_before_the_budget_and_a_late_project_extend_the_months() {
    EvmView view =
        EarnedValueSeries.assemble(
            7,
            "EUR",
            List.of(line("2027-02", CostCategory.LABOUR, "1000")),
            Map.of("2026-12", new BigDecimal("50"), "2027-04", new BigDecimal("900")),
            List.of(pct("2027-04", "90")),
            EacMethod.AC_PLUS_REMAINING_AT_CPI_SPI);

    assertThat(view.periods())
        .extracting(EvmPeriod::period)
        .containsExactly("2026-12", "2027-01", "2027-02", "2027-03", "2027-04");
    assertThat(view.periods().get(4).pv()).isEqualByComparingTo("1000");
    assertThat(byKey(view).get("EAC").formula()).isEqualTo("AC + (BAC - EV) / (CPI * SPI)");
    assertThat(byKey(view).get("EAC").defined()).isTrue();
  }

  @Test
  void a_negative_cumulative_cost_is_reported_not_thrown() {
    EvmView view =
        EarnedValueSeries.assemble(
            7,
            "EUR",
            BUDGET,
            Map.of("2027-01", new BigDecimal("-100")),
            List.of(),
            EacMethod.BAC_OVER_CPI);
    assertThat(view.note()).startsWith("The figures cannot be computed");
    assertThat(view.figures()).allSatisfy(f -> assertThat(f.defined()).isFalse());
  }
}
