package org.cairnpmo.budgets.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cairnpmo.budgets.domain.ActualsImport;
import org.cairnpmo.budgets.domain.BudgetLine;
import org.cairnpmo.budgets.domain.BudgetView;
import org.cairnpmo.budgets.domain.ProgressPoint;
import org.cairnpmo.budgets.domain.ProgressView;
import org.cairnpmo.budgets.web.BudgetPageController.GridColumn;
import org.cairnpmo.engine.finance.EacMethod;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.web.FormInput;

/**
 * The budget grid as the page shows and submits it: a row per month ({@code months[4].period}), in
 * it an amount per cost column of {@link BudgetPageController#COLUMNS} ({@code
 * months[4].amounts[2]}) and the percent complete ({@code months[4].percent}), then the EAC formula
 * and the version the person edited. Everything is kept as typed, so that a grid with a mistake is
 * shown again as it was sent; {@link #read} turns it into the budget lines and progress points.
 */
record BudgetGridForm(List<Month> months, String eacMethod, String version) {

  BudgetGridForm {
    months = months == null ? List.of() : months.stream().filter(Objects::nonNull).toList();
  }

  /** One row: the month ({@code YYYY-MM}), its amounts by column and its percent complete. */
  record Month(String period, List<String> amounts, String percent) {

    /** The amount typed in column {@code column}, or null when the cell was left out. */
    public String amount(int column) {
      return amounts != null && column < amounts.size() ? amounts.get(column) : null;
    }
  }

  /** The grid of the stored budget and progress, one row for each of {@code months}. */
  static BudgetGridForm of(List<String> months, BudgetView budget, ProgressView progress) {
    Map<Cell, BigDecimal> amounts = new HashMap<>();
    budget
        .lines()
        .forEach(
            l ->
                amounts.put(
                    new Cell(l.period(), new GridColumn(l.category(), l.costType())), l.amount()));
    Map<String, BigDecimal> percents = new HashMap<>();
    progress.points().forEach(p -> percents.put(p.period(), p.percentComplete()));
    List<Month> rows = new ArrayList<>();
    for (String period : months) {
      List<String> cells = new ArrayList<>();
      for (GridColumn column : BudgetPageController.COLUMNS) {
        cells.add(FormInput.text(amounts.get(new Cell(period, column))));
      }
      rows.add(new Month(period, cells, FormInput.text(percents.get(period))));
    }
    return new BudgetGridForm(rows, budget.eacMethod().name(), Long.toString(budget.version()));
  }

  private record Cell(String period, GridColumn column) {}

  /** What the grid says, or what in it is not a number, by the field of the cell. */
  record Reading(
      List<BudgetLine> lines,
      List<ProgressPoint> progress,
      EacMethod method,
      List<FieldProblem> problems) {}

  Reading read() {
    List<FieldProblem> problems = new ArrayList<>();
    List<BudgetLine> lines = new ArrayList<>();
    List<ProgressPoint> progress = new ArrayList<>();
    for (int row = 0; row < months.size(); row++) {
      Month month = months.get(row);
      String at = "months[" + row + "].";
      for (int c = 0; c < BudgetPageController.COLUMNS.size(); c++) {
        GridColumn column = BudgetPageController.COLUMNS.get(c);
        BigDecimal amount =
            number(
                month.amount(c),
                at + "amounts[" + c + "]",
                month.period() + " " + column.label() + ": not an amount.",
                problems);
        if (amount != null) {
          lines.add(new BudgetLine(month.period(), column.category(), column.costType(), amount));
        }
      }
      BigDecimal percent =
          number(
              month.percent(),
              at + "percent",
              month.period() + " % complete: not a number.",
              problems);
      if (percent != null) {
        progress.add(new ProgressPoint(month.period(), percent));
      }
    }
    EacMethod method = EacMethod.BAC_OVER_CPI;
    if (eacMethod != null && !eacMethod.isBlank()) {
      try {
        method = EacMethod.valueOf(eacMethod.strip());
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("eacMethod", "Choose one of the EAC formulas."));
      }
    }
    return new Reading(List.copyOf(lines), List.copyOf(progress), method, List.copyOf(problems));
  }

  /** The version the person edited; a version that is not one is stale. */
  long versionOrStale() {
    try {
      return Long.parseLong(version == null ? "" : version.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** A number as people type it (1250.5, 1,250.50, 1.250,50); null when the cell is empty. */
  private static BigDecimal number(
      String raw, String field, String message, List<FieldProblem> problems) {
    if (FormInput.blank(raw)) {
      return null;
    }
    BigDecimal value = ActualsImport.number(raw.strip());
    if (value == null) {
      problems.add(new FieldProblem(field, message));
    }
    return value;
  }
}
