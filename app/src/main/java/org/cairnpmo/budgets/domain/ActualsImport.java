package org.cairnpmo.budgets.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.platform.InputRules;
import org.cairnpmo.platform.tabular.RowProblem;
import org.cairnpmo.platform.tabular.Tabular;

/**
 * Reads actual costs from a CSV or XLSX file and checks every row. The first row names the columns
 * (in any order, any case): {@code period} or {@code date} (or both), {@code category}, {@code cost
 * type} ({@code capex/opex}), {@code amount}, and optionally {@code description} and {@code
 * reference}. CSV may be separated by commas or semicolons (whichever the header uses), with RFC
 * 4180 quoting; amounts may use a decimal comma. Nothing here touches the database: the result is
 * either every row or every problem.
 */
public final class ActualsImport {

  public static final int MAX_ROWS = 10_000;
  static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

  /** The columns a file may have. */
  @RequiredArgsConstructor
  enum Column {
    PERIOD("period"),
    DATE("date"),
    CATEGORY("category"),
    COST_TYPE("cost type"),
    AMOUNT("amount"),
    DESCRIPTION("description"),
    REFERENCE("reference");

    final String label;

    static Optional<Column> named(String header) {
      String key = header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-/]", "");
      return Optional.ofNullable(
          switch (key) {
            case "period", "month" -> PERIOD;
            case "date", "bookedon", "bookingdate" -> DATE;
            case "category" -> CATEGORY;
            case "costtype", "capexopex", "type" -> COST_TYPE;
            case "amount" -> AMOUNT;
            case "description" -> DESCRIPTION;
            case "reference", "ref" -> REFERENCE;
            default -> null;
          });
    }
  }

  /** Every row of the file, or every problem found (then rows are of no use). */
  public record Result(List<ActualData> rows, List<RowProblem> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private ActualsImport() {}

  public static Result read(String fileName, byte[] content) {
    try {
      return check(Tabular.read(fileName, content, MAX_ROWS));
    } catch (Tabular.UnreadableFileException e) {
      return failed(e.getMessage());
    }
  }

  private static Result failed(String message) {
    return new Result(List.of(), List.of(new RowProblem(0, null, message)));
  }

  // ---------------------------------------------------------------- checking

  static Result check(List<List<Object>> records) {
    List<RowProblem> problems = new ArrayList<>();
    if (records.isEmpty()) {
      return failed("The file is empty: the first row must name the columns.");
    }
    Map<Column, Integer> columns = new EnumMap<>(Column.class);
    List<Object> header = records.get(0);
    for (int i = 0; i < header.size(); i++) {
      String title = text(header.get(i));
      if (title.isEmpty()) {
        continue;
      }
      Optional<Column> column = Column.named(title);
      if (column.isEmpty()) {
        problems.add(
            new RowProblem(
                1,
                title,
                "Unknown column '"
                    + title
                    + "'. Use period, date, category, cost type, amount, description,"
                    + " reference."));
      } else if (columns.putIfAbsent(column.get(), i) != null) {
        problems.add(new RowProblem(1, title, "The column '" + title + "' appears twice."));
      }
    }
    for (Column required : List.of(Column.CATEGORY, Column.COST_TYPE, Column.AMOUNT)) {
      if (!columns.containsKey(required)) {
        problems.add(
            new RowProblem(1, required.label, "The column '" + required.label + "' is missing."));
      }
    }
    if (!columns.containsKey(Column.PERIOD) && !columns.containsKey(Column.DATE)) {
      problems.add(new RowProblem(1, "period", "A column 'period' (YYYY-MM) or 'date' is needed."));
    }
    if (!problems.isEmpty()) {
      return new Result(List.of(), problems);
    }
    List<ActualData> rows = new ArrayList<>();
    int dataRows = 0;
    for (int r = 1; r < records.size(); r++) {
      List<Object> record = records.get(r);
      if (record.stream().allMatch(v -> text(v).isEmpty())) {
        continue;
      }
      dataRows++;
      if (dataRows > MAX_ROWS) {
        problems.add(new RowProblem(r + 1, null, "A file may hold at most " + MAX_ROWS + " rows."));
        break;
      }
      ActualData row = row(r + 1, record, columns, problems);
      if (row != null) {
        rows.add(row);
      }
    }
    if (dataRows == 0 && problems.isEmpty()) {
      return failed("The file has a header but no rows of costs.");
    }
    return problems.isEmpty() ? new Result(rows, List.of()) : new Result(List.of(), problems);
  }

  private static ActualData row(
      int number, List<Object> record, Map<Column, Integer> columns, List<RowProblem> problems) {
    int before = problems.size();
    for (Map.Entry<Column, Integer> column : columns.entrySet()) {
      if (value(record, column.getValue()) instanceof String text
          && InputRules.hasControlCharacter(text)) {
        problems.add(
            new RowProblem(number, column.getKey().label, InputRules.CONTROL_CHARACTER_MESSAGE));
      }
    }
    if (problems.size() > before) {
      return null;
    }
    Object periodValue = value(record, columns.get(Column.PERIOD));
    Object dateValue = value(record, columns.get(Column.DATE));
    YearMonth period = null;
    if (periodValue instanceof LocalDate date) {
      period = YearMonth.from(date); // a spreadsheet turned "2027-03" into a date
      if (!Periods.inRange(period)) {
        problems.add(new RowProblem(number, "period", "'" + date + "': " + Periods.HINT));
        period = null;
      }
    } else if (!text(periodValue).isEmpty()) {
      period = Periods.parse(text(periodValue)).orElse(null);
      if (period == null) {
        problems.add(
            new RowProblem(number, "period", "'" + text(periodValue) + "': " + Periods.HINT));
      }
    }
    LocalDate date = null;
    if (dateValue instanceof LocalDate d) {
      date = d;
    } else if (!text(dateValue).isEmpty()) {
      try {
        date = LocalDate.parse(text(dateValue));
      } catch (DateTimeParseException e) {
        problems.add(
            new RowProblem(
                number, "date", "'" + text(dateValue) + "' is not a date: use YYYY-MM-DD."));
      }
    }
    if (date != null && !Periods.inRange(YearMonth.from(date))) {
      problems.add(new RowProblem(number, "date", "The date must lie between 2000 and 2100."));
      date = null;
    }
    if (date != null && period != null && !YearMonth.from(date).equals(period)) {
      problems.add(
          new RowProblem(
              number,
              "date",
              "The date " + date + " is not in the period " + Periods.format(period) + "."));
    }
    if (text(periodValue).isEmpty()
        && text(dateValue).isEmpty()
        && !(periodValue instanceof LocalDate)) {
      problems.add(new RowProblem(number, "period", "Give the period (YYYY-MM) or the date."));
    }
    Function<Column, Object> cell = column -> value(record, columns.get(column));
    CostCategory category = choice(number, Column.CATEGORY, CostCategory.class, cell, problems);
    CostType costType = choice(number, Column.COST_TYPE, CostType.class, cell, problems);
    BigDecimal amount = amount(number, value(record, columns.get(Column.AMOUNT)), problems);
    String description = optional(value(record, columns.get(Column.DESCRIPTION)));
    String reference = optional(value(record, columns.get(Column.REFERENCE)));
    if (description != null && description.length() > 500) {
      problems.add(
          new RowProblem(number, "description", "Keep the description to 500 characters."));
    }
    if (reference != null && reference.length() > 100) {
      problems.add(new RowProblem(number, "reference", "Keep the reference to 100 characters."));
    }
    if (problems.size() > before) {
      return null;
    }
    String periodText = period != null ? Periods.format(period) : Periods.of(date);
    return new ActualData(date, periodText, category, costType, amount, description, reference);
  }

  /** One of {@code type}'s values by its name, in any case; {@code LABOR} is {@code LABOUR}. */
  private static <E extends Enum<E>> E choice(
      int number,
      Column column,
      Class<E> type,
      Function<Column, Object> cell,
      List<RowProblem> problems) {
    Object value = cell.apply(column);
    String text = text(value).toUpperCase(Locale.ROOT);
    if (text.equals("LABOR")) {
      text = "LABOUR";
    }
    for (E choice : type.getEnumConstants()) {
      if (choice.name().equals(text)) {
        return choice;
      }
    }
    List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    String allowed =
        String.join(", ", names.subList(0, names.size() - 1))
            + " or "
            + names.get(names.size() - 1);
    problems.add(
        new RowProblem(
            number,
            column.label,
            text.isEmpty()
                ? "The " + column.label + " is missing: use " + allowed + "."
                : "'" + text(value) + "' is not a " + column.label + ": use " + allowed + "."));
    return null;
  }

  private static BigDecimal amount(int number, Object value, List<RowProblem> problems) {
    BigDecimal amount = value instanceof BigDecimal d ? d : number(text(value));
    if (amount == null) {
      problems.add(
          new RowProblem(
              number,
              "amount",
              text(value).isEmpty()
                  ? "The amount is missing."
                  : "'" + text(value) + "' is not an amount: use a number such as 1250.50."));
      return null;
    }
    String problem = amountProblem(amount);
    if (problem != null) {
      problems.add(new RowProblem(number, "amount", problem));
      return null;
    }
    return amount.setScale(2);
  }

  /** What is wrong with an amount of actual cost, or null. */
  public static String amountProblem(BigDecimal amount) {
    if (amount.signum() == 0) {
      return "The amount must not be zero.";
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      return "Use at most two decimals (cents).";
    }
    if (amount.abs().compareTo(MAX_AMOUNT) >= 0) {
      return "The amount is too large.";
    }
    return null;
  }

  /** A number as people type it ({@link Tabular#number}); null when it is not one. */
  public static BigDecimal number(String raw) {
    return Tabular.number(raw);
  }

  private static Object value(List<Object> record, Integer column) {
    return Tabular.cell(record, column);
  }

  static String text(Object value) {
    return Tabular.text(value);
  }

  private static String optional(Object value) {
    String text = text(value);
    return text.isEmpty() ? null : text;
  }
}
