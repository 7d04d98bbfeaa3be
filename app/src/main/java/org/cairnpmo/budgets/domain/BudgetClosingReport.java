package org.cairnpmo.budgets.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cairnpmo.budgets.BudgetsApi;
import org.cairnpmo.projects.ClosingReport;
import org.cairnpmo.projects.ProjectView;
import org.springframework.stereotype.Component;

/**
 * The budgets' part of a closed project's final report: the final budget (the time-phased plan's
 * total, and the amount the register approved) against the actual costs booked, the difference, and
 * the forecast at completion the figures came to, all from {@link BudgetsApi#financials}.
 */
@Component
class BudgetClosingReport implements ClosingReport {

  private final BudgetsApi budgets;

  BudgetClosingReport(BudgetsApi budgets) {
    this.budgets = budgets;
  }

  @Override
  public List<Part> closingReport(ProjectView project) {
    BudgetsApi.Financials f = budgets.financials(List.of(project.id())).get(project.id());
    String currency = project.budgetCurrency() == null ? "" : " " + project.budgetCurrency();
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Approved budget (register)", money(project.budgetAmount(), currency)));
    if (f == null) {
      return List.of(
          new Part(
              50,
              "Budget and actual costs",
              List.of("Figure", "Amount"),
              rows,
              List.of("The project has no time-phased budget and no actual costs.")));
    }
    rows.add(List.of("Final budget (budget at completion)", money(f.bac(), currency)));
    rows.add(List.of("Actual costs", money(f.actualToDate(), currency)));
    rows.add(
        List.of(
            "Remaining (budget less actual costs)",
            f.bac() == null || f.actualToDate() == null
                ? "—"
                : money(f.bac().subtract(f.actualToDate()), currency)));
    rows.add(List.of("Forecast at completion", money(f.forecastAtCompletion(), currency)));
    rows.add(
        List.of("Cost performance index (CPI)", f.cpi() == null ? "—" : f.cpi().toPlainString()));
    return List.of(
        new Part(50, "Budget and actual costs", List.of("Figure", "Amount"), rows, List.of()));
  }

  private static String money(BigDecimal amount, String currency) {
    return amount == null ? "—" : String.format(java.util.Locale.ROOT, "%,.2f", amount) + currency;
  }
}
