package org.cairnpmo.budgets.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.cairnpmo.budgets.domain.ActualsImport;
import org.cairnpmo.budgets.domain.BudgetLine;
import org.cairnpmo.budgets.domain.ProgressPoint;
import org.cairnpmo.engine.finance.EacMethod;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;

/**
 * The budget grid as submitted: one cell per month and cost column ({@code
 * amount_2026-03_LABOR_CAPEX}), a percentage complete per month ({@code pct_2026-03}), the EAC
 * formula and the version the person edited. The months are whatever the grid showed, so the cells
 * are read by name rather than bound to fixed fields; {@code cells} keeps what was typed, to show
 * it again next to its problem.
 */
record BudgetGridForm(
    Map<String, String> cells,
    List<BudgetLine> lines,
    List<ProgressPoint> progress,
    EacMethod method,
    long version,
    List<FieldProblem> problems) {

  static BudgetGridForm read(Map<String, String> cells) {
    List<FieldProblem> problems = new ArrayList<>();
    List<BudgetLine> lines = new ArrayList<>();
    List<ProgressPoint> progress = new ArrayList<>();
    TreeSet<String> periods = new TreeSet<>();
    for (String key : cells.keySet()) {
      if (key.startsWith("pct_")) {
        periods.add(key.substring(4));
      } else if (key.startsWith("amount_") && key.length() > 14) {
        periods.add(key.substring(7, 14));
      }
    }
    for (String period : periods) {
      for (BudgetPageController.GridColumn column : BudgetPageController.COLUMNS) {
        String raw = cells.getOrDefault(column.key(period), "").strip();
        if (!raw.isEmpty()) {
          BigDecimal amount = ActualsImport.number(raw);
          if (amount == null) {
            problems.add(
                new FieldProblem(
                    column.key(period), period + " " + column.label() + ": not an amount."));
          } else {
            lines.add(new BudgetLine(period, column.category(), column.costType(), amount));
          }
        }
      }
      String pct = cells.getOrDefault("pct_" + period, "").strip();
      if (!pct.isEmpty()) {
        BigDecimal value = ActualsImport.number(pct);
        if (value == null) {
          problems.add(new FieldProblem("pct_" + period, period + " % complete: not a number."));
        } else {
          progress.add(new ProgressPoint(period, value));
        }
      }
    }
    EacMethod method = EacMethod.BAC_OVER_CPI;
    try {
      method = EacMethod.valueOf(cells.getOrDefault("eacMethod", "BAC_OVER_CPI"));
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem("eacMethod", "Choose one of the EAC formulas."));
    }
    long version;
    try {
      version = Long.parseLong(cells.getOrDefault("version", ""));
    } catch (NumberFormatException e) {
      version = -1;
    }
    return new BudgetGridForm(
        cells, List.copyOf(lines), List.copyOf(progress), method, version, List.copyOf(problems));
  }
}
