package org.cairnpmo.reporting.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.cairnpmo.budgets.BudgetsApi.Financials;
import org.cairnpmo.reporting.dashboard.DashboardRow;
import org.junit.jupiter.api.Test;

/** The forecast at completion the executive's brief adds up. */
class ExecutiveBriefsTest {

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
