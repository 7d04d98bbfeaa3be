package org.cairnpmo.portfolio.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A business-case period as people write it: a year ({@code 2027}) or a quarter ({@code 2027-Q1}).
 * Ordered in time; {@link #next()} is the following period of the same kind.
 *
 * @param quarter 1–4, or 0 for a whole year
 */
public record PeriodLabel(int year, int quarter) implements Comparable<PeriodLabel> {

  static final int MIN_YEAR = 1900;
  static final int MAX_YEAR = 2200;
  private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:\\s*-?\\s*[Qq]([1-4]))?");

  /** The period, or empty when the text is not a year or a quarter in range. */
  public static Optional<PeriodLabel> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher matcher = FORMAT.matcher(text.trim());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(matcher.group(1));
    if (year < MIN_YEAR || year > MAX_YEAR) {
      return Optional.empty();
    }
    int quarter = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
    return Optional.of(new PeriodLabel(year, quarter));
  }

  public boolean isQuarter() {
    return quarter != 0;
  }

  public int periodsPerYear() {
    return isQuarter() ? 4 : 1;
  }

  /** A running number: consecutive periods differ by one. */
  public int index() {
    return isQuarter() ? year * 4 + quarter - 1 : year;
  }

  public PeriodLabel next() {
    if (!isQuarter()) {
      return new PeriodLabel(year + 1, 0);
    }
    return quarter == 4 ? new PeriodLabel(year + 1, 1) : new PeriodLabel(year, quarter + 1);
  }

  public LocalDate firstDay() {
    return isQuarter() ? LocalDate.of(year, (quarter - 1) * 3 + 1, 1) : LocalDate.of(year, 1, 1);
  }

  public LocalDate lastDay() {
    return next().firstDay().minusDays(1);
  }

  /** The canonical label: {@code 2027} or {@code 2027-Q1}. */
  public String label() {
    return isQuarter()
        ? String.format(Locale.ROOT, "%d-Q%d", year, quarter)
        : Integer.toString(year);
  }

  @Override
  public int compareTo(PeriodLabel other) {
    return Integer.compare(index(), other.index());
  }

  @Override
  public String toString() {
    return label();
  }
}
