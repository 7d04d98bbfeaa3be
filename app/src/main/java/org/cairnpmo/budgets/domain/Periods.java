package org.cairnpmo.budgets.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Months as budgets use them: written {@code YYYY-MM}, from 2000 to 2100. */
public final class Periods {

  public static final int FIRST_YEAR = 2000;
  public static final int LAST_YEAR = 2100;
  private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{2}");
  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM");

  private Periods() {}

  /** The month written as {@code YYYY-MM}, or empty when it is not one (or out of range). */
  public static Optional<YearMonth> parse(String text) {
    if (text == null || !FORMAT.matcher(text.strip()).matches()) {
      return Optional.empty();
    }
    try {
      YearMonth month = YearMonth.parse(text.strip(), ISO);
      return inRange(month) ? Optional.of(month) : Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  public static boolean inRange(YearMonth month) {
    return month.getYear() >= FIRST_YEAR && month.getYear() <= LAST_YEAR;
  }

  public static String format(YearMonth month) {
    return month.format(ISO);
  }

  public static String of(LocalDate date) {
    return format(YearMonth.from(date));
  }

  /** Every month from {@code first} to {@code last}, both included; empty when last is earlier. */
  public static List<YearMonth> range(YearMonth first, YearMonth last) {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  /** Months between two, {@code from} counting as 0. */
  public static int index(YearMonth from, YearMonth month) {
    return (int) java.time.temporal.ChronoUnit.MONTHS.between(from, month);
  }

  public static final String HINT = "Use a month as YYYY-MM (2000-01 to 2100-12), e.g. 2027-03.";
}
