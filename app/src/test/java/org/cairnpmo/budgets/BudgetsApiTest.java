package org.cairnpmo.budgets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.cairnpmo.budgets.BudgetsApi.Financials;
import org.cairnpmo.budgets.domain.ActualData;
import org.cairnpmo.budgets.domain.BudgetLine;
import org.cairnpmo.budgets.domain.BudgetService;
import org.cairnpmo.budgets.domain.CostCategory;
import org.cairnpmo.budgets.domain.CostType;
import org.cairnpmo.budgets.domain.ProgressPoint;
import org.cairnpmo.engine.finance.EacMethod;
import org.cairnpmo.identity.Role;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The money of several projects at once, as the portfolio's read models ask it. */
class BudgetsApiTest extends IntegrationTest {

  @Autowired BudgetsApi api;
  @Autowired BudgetService budgets;

  private static BudgetLine line(String period, String amount) {
    return new BudgetLine(period, CostCategory.LABOUR, CostType.OPEX, new BigDecimal(amount));
  }

  @Test
  void each_project_has_its_budget_actual_to_date_and_forecast_at_completion() {
    ProjectView measured = project(user(Role.PROJECT_MANAGER), false);
    budgets.savePlan(
        measured.id(),
        List.of(line("2027-01", "1000"), line("2027-02", "1000")),
        List.of(new ProgressPoint("2027-01", new BigDecimal("25"))),
        EacMethod.AC_PLUS_REMAINING_AT_BUDGET,
        0,
        pmo());
    budgets.recordActuals(
        measured.id(),
        List.of(
            new ActualData(
                null,
                "2027-01",
                CostCategory.LABOUR,
                CostType.OPEX,
                new BigDecimal("800"),
                "Team",
                null)),
        "test",
        pmo());
    ProjectView planned = project(user(Role.PROJECT_MANAGER), false);
    budgets.savePlan(planned.id(), List.of(line("2027-03", "500")), List.of(), null, 0, pmo());
    ProjectView empty = project(user(Role.PROJECT_MANAGER), false);

    Map<Long, Financials> money = api.financials(List.of(measured.id(), planned.id(), empty.id()));

    assertThat(money).containsOnlyKeys(measured.id(), planned.id());
    Financials m = money.get(measured.id());
    assertThat(m.bac()).isEqualByComparingTo("2000");
    assertThat(m.actualToDate()).isEqualByComparingTo("800");
    assertThat(m.eacMethod()).isEqualTo(EacMethod.AC_PLUS_REMAINING_AT_BUDGET);
    assertThat(m.eac()).isEqualByComparingTo("2300"); // AC + (BAC - EV) = 800 + 2000 - 500
    assertThat(m.forecastAtCompletion()).isEqualByComparingTo("2300");
    Financials p = money.get(planned.id());
    assertThat(p.eac()).isNull(); // nothing reported yet
    assertThat(p.forecastAtCompletion()).isEqualByComparingTo("500");
    assertThat(p.actualToDate()).isEqualByComparingTo("0");
  }
}
