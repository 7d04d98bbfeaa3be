package org.cairnpmo.platform.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;

/**
 * Reading the text fields of a page's form: numbers and dates stay text in the form, so that a typo
 * comes back as a plain message next to its field instead of a binding error. Each reader returns
 * null for a blank field and adds a problem (and returns null) for text it cannot read.
 */
public final class FormInput {

  private FormInput() {}

  public static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** The trimmed text, or null when blank. */
  public static String trimmed(String value) {
    return blank(value) ? null : value.trim();
  }

  /** The non-blank lines of a text area, each trimmed. */
  public static List<String> lines(String text) {
    return text == null
        ? List.of()
        : text.lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
  }

  /**
   * A decimal as a person types it, with thousands separated by commas, spaces or underscores
   * ("12,500.50"); null when it is not one.
   */
  public static BigDecimal number(String value) {
    try {
      return new BigDecimal(value.trim().replace(",", "").replace(" ", "").replace("_", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** {@link #number} of a form field. */
  public static BigDecimal decimal(
      String value, String field, String message, List<FieldProblem> problems) {
    if (blank(value)) {
      return null;
    }
    return problemIfNull(number(value), field, message, problems);
  }

  public static Integer integer(
      String value, String field, String message, List<FieldProblem> problems) {
    if (blank(value)) {
      return null;
    }
    try {
      return Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      return problemIfNull(null, field, message, problems);
    }
  }

  /** An id, also as its code with a prefix and leading zeros (PRO-0042 for 42). */
  public static Long id(
      String value, String codePrefix, String field, String message, List<FieldProblem> problems) {
    if (blank(value)) {
      return null;
    }
    try {
      return Long.valueOf(value.trim().replaceFirst("(?i)^" + codePrefix + "-?0*", ""));
    } catch (NumberFormatException e) {
      return problemIfNull(null, field, message, problems);
    }
  }

  public static LocalDate date(String value, String field, List<FieldProblem> problems) {
    if (blank(value)) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      return problemIfNull(null, field, "Enter a date as YYYY-MM-DD.", problems);
    }
  }

  /** A number as the form shows it again: no trailing zeros, no exponent. */
  public static String text(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros().toPlainString();
  }

  /** A date as the form shows it again (ISO). */
  public static String text(LocalDate value) {
    return value == null ? null : value.toString();
  }

  /** The constant of {@code type} a select sent, or {@code fallback} when blank or unknown. */
  public static <E extends Enum<E>> E choice(String value, Class<E> type, E fallback) {
    if (blank(value)) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      return fallback;
    }
  }

  /** Throws the problems found while reading a form, if there are any. */
  public static void refuseAny(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private static <T> T problemIfNull(
      T value, String field, String message, List<FieldProblem> problems) {
    if (value == null) {
      problems.add(new FieldProblem(field, message));
    }
    return value;
  }
}
