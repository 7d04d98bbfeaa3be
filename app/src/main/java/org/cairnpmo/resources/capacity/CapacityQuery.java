package org.cairnpmo.resources.capacity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cairnpmo.engine.staffing.Horizon;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;

/**
 * What a capacity grid covers: {@code weeks} weeks from a Monday, its rows grouped by person, role,
 * skill or department, its columns weeks or calendar months (the first and last month cut to the
 * window).
 */
public record CapacityQuery(LocalDate from, int weeks, GroupBy groupBy, PeriodKind period) {

  public static final int MAX_WEEKS = 104;

  /** What a row of the grid stands for. */
  public enum GroupBy {
    PERSON,
    ROLE,
    SKILL,
    DEPARTMENT
  }

  /** The columns of the grid. */
  public enum PeriodKind {
    WEEK,
    MONTH
  }

  /**
   * The query as typed (API parameters or the page's form); a missing {@code from} is the Monday of
   * {@code today}'s week.
   *
   * @throws InvalidInputException naming every field that is wrong
   */
  public static CapacityQuery parse(
      String from, String weeks, String groupBy, String period, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate monday = today.with(DayOfWeek.MONDAY);
    if (from != null && !from.isBlank()) {
      try {
        monday = LocalDate.parse(from.strip());
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
          problems.add(
              new FieldProblem(
                  "from", "Start on a Monday: " + monday + " is a " + dayName(monday) + "."));
        }
      } catch (DateTimeParseException e) {
        problems.add(
            new FieldProblem("from", "Give the first Monday as a date, such as 2027-01-04."));
      }
    }
    int count = 52;
    if (weeks != null && !weeks.isBlank()) {
      try {
        count = Integer.parseInt(weeks.strip());
      } catch (NumberFormatException e) {
        count = -1;
      }
      if (count < 1 || count > MAX_WEEKS) {
        problems.add(
            new FieldProblem("weeks", "Give the number of weeks as a whole number from 1 to 104."));
      }
    }
    GroupBy rows = parse(GroupBy.class, groupBy, GroupBy.PERSON, "groupBy", problems);
    PeriodKind columns = parse(PeriodKind.class, period, PeriodKind.WEEK, "period", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new CapacityQuery(monday, count, rows, columns);
  }

  /**
   * The id of the selection scenario a what-if adds, as typed; null when blank.
   *
   * @throws InvalidInputException when it is not a whole number above zero
   */
  public static Long scenario(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      long id = Long.parseLong(text.strip());
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // named below
    }
    throw InvalidInputException.of(
        "scenario", "Give the selection scenario's id, a whole number such as 12.");
  }

  /** Rows by role unless asked otherwise when a scenario is added: proposals name roles only. */
  static String groupBy(String groupBy, Long scenario) {
    return scenario != null && (groupBy == null || groupBy.isBlank()) ? "role" : groupBy;
  }

  private static <E extends Enum<E>> E parse(
      Class<E> type, String value, E otherwise, String field, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> names = new ArrayList<>();
      for (E constant : type.getEnumConstants()) {
        names.add(constant.name().toLowerCase(Locale.ROOT));
      }
      problems.add(new FieldProblem(field, "Choose one of " + String.join(", ", names) + "."));
      return otherwise;
    }
  }

  private static String dayName(LocalDate day) {
    String name = day.getDayOfWeek().name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** The last day of the window. */
  public LocalDate to() {
    return from.plusWeeks(weeks).minusDays(1);
  }

  /** The periods of the grid; months start on the first of {@code from}'s month. */
  Horizon horizon() {
    if (period == PeriodKind.WEEK) {
      return Horizon.weeks(from, weeks);
    }
    YearMonth first = YearMonth.from(from);
    int months = (int) ChronoUnit.MONTHS.between(first, YearMonth.from(to())) + 1;
    return Horizon.months(first, months);
  }
}
