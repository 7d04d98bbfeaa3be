package org.cairnpmo.budgets.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.cairnpmo.engine.finance.EacMethod;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;

/**
 * The rules a budget, its progress and an actual cost must meet before they are stored, each
 * answering every problem found, by field.
 */
public final class BudgetChecks {

  private BudgetChecks() {}

  static final int MAX_LINES = 2_400;
  static final BigDecimal MAX_LINE = new BigDecimal("1000000000000");

  /** Runs every check, then refuses the input with all their problems together, if any. */
  @SafeVarargs
  static void require(Consumer<List<FieldProblem>>... checks) {
    List<FieldProblem> problems = new ArrayList<>();
    for (Consumer<List<FieldProblem>> check : checks) {
      check.accept(problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** The rows of budget lines a budget is saved with. */
  private static final Rows LINES =
      new Rows(
          "lines",
          "Send the lines (an empty list clears the budget).",
          MAX_LINES,
          "A budget has at most " + MAX_LINES + " lines.",
          "A line must not be empty.");

  /** The months of progress a project reports. */
  private static final Rows POINTS =
      new Rows(
          "points",
          "Send the points (an empty list clears them).",
          1200,
          "At most 1200 months of progress.",
          "A point must not be empty.");

  static void checkLines(List<BudgetLine> lines, List<FieldProblem> problems) {
    Set<String> seen = new HashSet<>();
    LINES.each(
        lines,
        problems,
        (line, at) -> {
          validPeriod(line.period(), at, problems);
          if (line.category() == null) {
            problems.add(new FieldProblem(at + ".category", "Use LABOUR, MATERIAL or OTHER."));
          }
          if (line.costType() == null) {
            problems.add(new FieldProblem(at + ".costType", "Use CAPEX or OPEX."));
          }
          if (line.amount() == null) {
            problems.add(new FieldProblem(at + ".amount", "The amount is missing."));
          } else if (line.amount().signum() < 0) {
            problems.add(new FieldProblem(at + ".amount", "A budget amount must not be negative."));
          } else if (line.amount().stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem(at + ".amount", "Use at most two decimals (cents)."));
          } else if (line.amount().compareTo(MAX_LINE) >= 0) {
            problems.add(new FieldProblem(at + ".amount", "The amount is too large."));
          }
          if (line.period() != null
              && line.category() != null
              && line.costType() != null
              && !seen.add(line.period().strip() + line.category() + line.costType())) {
            problems.add(
                new FieldProblem(
                    at,
                    "There is already a line for "
                        + line.period()
                        + ", "
                        + line.category()
                        + ", "
                        + line.costType()
                        + "."));
          }
        });
  }

  /** Whether a row's {@code period} names a month; else its problem, on the row {@code at}. */
  private static boolean validPeriod(String period, String at, List<FieldProblem> problems) {
    boolean valid = Periods.parse(period).isPresent();
    if (!valid) {
      problems.add(new FieldProblem(at + ".period", Periods.HINT));
    }
    return valid;
  }

  static void checkMethod(EacMethod method, List<FieldProblem> problems) {
    if (method == EacMethod.AC_PLUS_BOTTOM_UP_ETC) {
      problems.add(
          new FieldProblem(
              "eacMethod",
              "A bottom-up ETC is not recorded here; use BAC_OVER_CPI,"
                  + " AC_PLUS_REMAINING_AT_BUDGET or AC_PLUS_REMAINING_AT_CPI_SPI."));
    }
  }

  static void checkProgress(List<ProgressPoint> points, List<FieldProblem> problems) {
    Set<String> seen = new HashSet<>();
    POINTS.each(
        points,
        problems,
        (p, at) -> {
          if (validPeriod(p.period(), at, problems) && !seen.add(p.period().strip())) {
            problems.add(
                new FieldProblem(at + ".period", "The month " + p.period() + " appears twice."));
          }
          BigDecimal pct = p.percentComplete();
          if (pct == null) {
            problems.add(
                new FieldProblem(at + ".percentComplete", "The percent complete is missing."));
          } else if (pct.signum() < 0 || pct.compareTo(EarnedValueSeries.HUNDRED) > 0) {
            problems.add(new FieldProblem(at + ".percentComplete", "Use 0 to 100."));
          } else if (pct.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem(at + ".percentComplete", "Use at most two decimals."));
          }
        });
  }

  /**
   * A list checked row by row: it must be there ({@code missing}) and hold at most {@code max} rows
   * ({@code tooLong}), each of them there ({@code emptyRow}); all of it reported on {@code field}.
   */
  private record Rows(String field, String missing, int max, String tooLong, String emptyRow) {

    /** Checks each row with {@code check}, which gets the row and its path ({@code lines[2]}). */
    <T> void each(List<T> rows, List<FieldProblem> problems, BiConsumer<T, String> check) {
      String problem = rows == null ? missing : rows.size() > max ? tooLong : null;
      if (problem != null) {
        problems.add(new FieldProblem(field, problem));
        return;
      }
      for (int i = 0; i < rows.size(); i++) {
        String at = field + "[" + i + "]";
        if (rows.get(i) == null) {
          problems.add(new FieldProblem(at, emptyRow));
        } else {
          check.accept(rows.get(i), at);
        }
      }
    }
  }

  /** The data with its period set, or every field problem. */
  static ActualData checkActual(ActualData data) {
    List<FieldProblem> problems = actualProblems(data);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    String periodText =
        data.period() != null && !data.period().isBlank()
            ? Periods.format(Periods.parse(data.period()).orElseThrow())
            : Periods.of(data.date());
    return new ActualData(
        data.date(),
        periodText,
        data.category(),
        data.costType(),
        data.amount(),
        blankToNull(data.description()),
        blankToNull(data.reference()));
  }

  /** Everything wrong with an actual cost to record, by field; empty when it is fine. */
  public static List<FieldProblem> actualProblems(ActualData data) {
    List<FieldProblem> problems = new ArrayList<>();
    YearMonth period = null;
    if (data.period() != null && !data.period().isBlank()) {
      period = Periods.parse(data.period()).orElse(null);
      if (period == null) {
        problems.add(new FieldProblem("period", Periods.HINT));
      }
    }
    if (data.date() != null) {
      if (!Periods.inRange(YearMonth.from(data.date()))) {
        problems.add(new FieldProblem("date", "The date must lie between 2000 and 2100."));
      } else if (period != null && !YearMonth.from(data.date()).equals(period)) {
        problems.add(
            new FieldProblem(
                "date",
                "The date " + data.date() + " is not in the period " + data.period() + "."));
      }
    }
    if (data.date() == null && (data.period() == null || data.period().isBlank())) {
      problems.add(new FieldProblem("period", "Give the period (YYYY-MM) or the date."));
    }
    if (data.category() == null) {
      problems.add(new FieldProblem("category", "Use LABOUR, MATERIAL or OTHER."));
    }
    if (data.costType() == null) {
      problems.add(new FieldProblem("costType", "Use CAPEX or OPEX."));
    }
    if (data.amount() == null) {
      problems.add(new FieldProblem("amount", "The amount is missing."));
    } else {
      String problem = ActualsImport.amountProblem(data.amount());
      if (problem != null) {
        problems.add(new FieldProblem("amount", problem));
      }
    }
    String description = blankToNull(data.description());
    String reference = blankToNull(data.reference());
    if (description != null && description.length() > 500) {
      problems.add(new FieldProblem("description", "Keep the description to 500 characters."));
    }
    if (reference != null && reference.length() > 100) {
      problems.add(new FieldProblem("reference", "Keep the reference to 100 characters."));
    }
    return problems;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
