package org.cairnpmo.reporting.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cairnpmo.budgets.BudgetsApi.Financials;
import org.cairnpmo.reporting.dashboard.DashboardCharts.MonthTotal;
import org.cairnpmo.reporting.dashboard.DashboardRow;
import org.cairnpmo.reporting.dashboard.DashboardSummary;
import org.cairnpmo.reporting.dashboard.DashboardSummary.MoneyTotal;
import org.junit.jupiter.api.Test;

/** The forecast at completion the executive's brief adds up, and its money a month ago. */
class ExecutiveBriefsTest {

  @Test
  void the_actual_a_month_ago_leaves_out_the_months_booked_since() {
    DashboardSummary summary =
        new DashboardSummary(
            2,
            0,
            0,
            0,
            2,
            0,
            LocalDate.of(2026, 11, 1),
            List.of(new MoneyTotal("EUR", new BigDecimal("1000"), new BigDecimal("600"), 2)));
    // Booked by month up to last month, as the finance system posts them.
    List<MonthTotal> months =
        List.of(
            new MonthTotal("2026-10", "EUR", new BigDecimal("120"), new BigDecimal("100")),
            new MonthTotal("2026-11", "EUR", new BigDecimal("120"), new BigDecimal("150")),
            new MonthTotal("2026-12", "EUR", new BigDecimal("120"), null));

    ExecutiveBrief.Money money =
        ExecutiveBriefs.money(summary, List.of(), Map.of(), months, LocalDate.of(2026, 11, 6))
            .get(0);

    assertThat(money.actual()).isEqualByComparingTo("600");
    // On 6 November, November was not booked yet: the figure then was 600 - 150.
    assertThat(money.actualMonthAgo()).isEqualByComparingTo("450");
  }

  @Test
  void the_forecast_is_the_budget_over_the_cpi_when_the_cpi_is_known() {
    Financials figures =
        new Financials(
            1,
            new BigDecimal("1000"),
            new BigDecimal("400"),
            null,
            new BigDecimal("0.8"),
            List.of(),
            null,
            null);
    assertThat(ExecutiveBriefs.forecastAtCompletion(null, figures)).isEqualByComparingTo("1250");
  }

  @Test
  void the_projects_own_eac_wins_where_budgets_computed_one() {
    Financials figures =
        new Financials(
            1,
            new BigDecimal("1000"),
            new BigDecimal("400"),
            null,
            new BigDecimal("0.8"),
            List.of(),
            new BigDecimal("1100"),
            org.cairnpmo.engine.finance.EacMethod.values()[0]);
    assertThat(ExecutiveBriefs.forecastAtCompletion(null, figures)).isEqualByComparingTo("1100");
  }

  @Test
  void without_a_cpi_the_forecast_is_the_budget_and_never_less_than_what_is_spent() {
    Financials onBudget =
        new Financials(
            1, new BigDecimal("1000"), new BigDecimal("400"), null, null, List.of(), null, null);
    Financials overspent =
        new Financials(
            1, new BigDecimal("1000"), new BigDecimal("1200"), null, null, List.of(), null, null);
    assertThat(ExecutiveBriefs.forecastAtCompletion(null, onBudget)).isEqualByComparingTo("1000");
    assertThat(ExecutiveBriefs.forecastAtCompletion(null, overspent)).isEqualByComparingTo("1200");
  }

  @Test
  void without_figures_from_budgets_the_dashboard_row_counts() {
    DashboardRow row =
        new DashboardRow(
            1,
            "FIN-2026-02",
            "Automated invoice processing",
            null,
            null,
            null,
            null,
            null,
            null,
            false,
            null,
            DashboardRow.Rating.NONE,
            DashboardRow.Rating.NONE,
            DashboardRow.Rating.NONE,
            DashboardRow.Rating.NONE,
            DashboardRow.Rating.NONE,
            DashboardRow.Rating.NONE,
            null,
            null,
            false,
            null,
            null,
            null,
            "EUR",
            new BigDecimal("500"),
            null,
            null,
            null,
            null,
            null,
            null,
            0,
            0,
            null,
            null,
            null);
    assertThat(ExecutiveBriefs.forecastAtCompletion(row, null)).isEqualByComparingTo("500");
  }
}
