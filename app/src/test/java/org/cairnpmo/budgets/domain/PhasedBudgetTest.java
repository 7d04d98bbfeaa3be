package org.cairnpmo.budgets.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cairnpmo.portfolio.ProposalApproved.PlannedCost;
import org.junit.jupiter.api.Test;

class PhasedBudgetTest {

  private static PlannedCost year(int year, String capex, String opex) {
    return new PlannedCost(
        Integer.toString(year),
        LocalDate.of(year, 1, 1),
        LocalDate.of(year, 12, 31),
        capex == null ? null : new BigDecimal(capex),
        opex == null ? null : new BigDecimal(opex));
  }

  private static PlannedCost quarter(int year, int q, String capex, String opex) {
    LocalDate from = LocalDate.of(year, 3 * q - 2, 1);
    return new PlannedCost(
        year + "-Q" + q,
        from,
        from.plusMonths(3).minusDays(1),
        capex == null ? null : new BigDecimal(capex),
        opex == null ? null : new BigDecimal(opex));
  }

  private static Map<String, BigDecimal> of(List<BudgetLine> lines, CostType type) {
    return lines.stream()
        .filter(l -> l.costType() == type)
        .collect(Collectors.toMap(BudgetLine::period, BudgetLine::amount));
  }

  private static BigDecimal total(List<BudgetLine> lines, CostType type) {
    return of(lines, type).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Test
  void a_year_is_spread_over_its_twelve_months_with_the_remainder_on_the_last() {
    List<BudgetLine> lines = PhasedBudget.spread(List.of(year(2027, "100000", null)), null, null);

    Map<String, BigDecimal> capex = of(lines, CostType.CAPEX);
    assertThat(capex).hasSize(12);
    assertThat(capex.get("2027-01")).isEqualByComparingTo("8333.33");
    assertThat(capex.get("2027-11")).isEqualByComparingTo("8333.33");
    assertThat(capex.get("2027-12")).isEqualByComparingTo("8333.37");
    assertThat(total(lines, CostType.CAPEX)).isEqualByComparingTo("100000");
    assertThat(lines).allSatisfy(l -> assertThat(l.category()).isEqualTo(CostCategory.OTHER));
  }

  @Test
  void a_quarter_takes_its_three_months_and_capex_and_opex_keep_their_cost_type() {
    List<BudgetLine> lines =
        PhasedBudget.spread(List.of(quarter(2028, 2, "1000.00", "500.01")), null, null);

    assertThat(of(lines, CostType.CAPEX))
        .containsOnlyKeys("2028-04", "2028-05", "2028-06")
        .satisfies(m -> assertThat(m.get("2028-06")).isEqualByComparingTo("333.34"));
    assertThat(of(lines, CostType.OPEX).get("2028-04")).isEqualByComparingTo("166.67");
    assertThat(of(lines, CostType.OPEX).get("2028-06")).isEqualByComparingTo("166.67");
    assertThat(total(lines, CostType.CAPEX)).isEqualByComparingTo("1000.00");
    assertThat(total(lines, CostType.OPEX)).isEqualByComparingTo("500.01");
  }

  @Test
  void only_the_months_inside_the_planned_dates_take_the_money_of_their_period() {
    List<BudgetLine> lines =
        PhasedBudget.spread(
            List.of(year(2027, null, "900"), year(2028, null, "1200")),
            LocalDate.of(2027, 10, 15),
            LocalDate.of(2028, 3, 31));

    Map<String, BigDecimal> opex = of(lines, CostType.OPEX);
    assertThat(opex)
        .containsOnlyKeys("2027-10", "2027-11", "2027-12", "2028-01", "2028-02", "2028-03");
    assertThat(opex.get("2027-10")).isEqualByComparingTo("300");
    assertThat(opex.get("2028-03")).isEqualByComparingTo("400");
    assertThat(total(lines, CostType.OPEX)).isEqualByComparingTo("2100");
  }

  @Test
  void a_period_wholly_outside_the_planned_dates_keeps_its_money_over_all_its_months() {
    List<BudgetLine> lines =
        PhasedBudget.spread(
            List.of(quarter(2030, 1, "30", null)),
            LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 12, 31));

    assertThat(of(lines, CostType.CAPEX)).containsOnlyKeys("2030-01", "2030-02", "2030-03");
    assertThat(total(lines, CostType.CAPEX)).isEqualByComparingTo("30");
  }

  @Test
  void lines_of_the_same_month_add_up_and_each_keeps_its_exact_total() {
    List<BudgetLine> lines =
        PhasedBudget.spread(
            List.of(year(2027, "0.10", null), quarter(2027, 4, "10.00", null)), null, null);

    Map<String, BigDecimal> capex = of(lines, CostType.CAPEX);
    assertThat(capex.get("2027-12")).isEqualByComparingTo("3.44"); // 0.10 - 11 x 0.00 + 3.34
    assertThat(capex).doesNotContainKey("2027-01"); // 0.00 shares are not budget lines
    assertThat(total(lines, CostType.CAPEX)).isEqualByComparingTo("10.10");
  }
}
