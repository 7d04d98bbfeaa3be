package org.cairnpmo.portfolio.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;

/** What the portfolio's page controllers share: parsing typed input. */
final class PageSupport {

  private PageSupport() {}

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** A decimal typed by a person ("12 500,50" is not one, "12500.50" is); null when blank. */
  static BigDecimal decimal(
      String value, String field, String message, List<FieldProblem> problems) {
    if (blank(value)) {
      return null;
    }
    try {
      return new BigDecimal(value.trim().replace(",", "").replace(" ", "").replace("_", ""));
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(field, message));
      return null;
    }
  }

  static Integer integer(String value, String field, String message, List<FieldProblem> problems) {
    if (blank(value)) {
      return null;
    }
    try {
      return Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(field, message));
      return null;
    }
  }

  static Long id(String value, String field, String message, List<FieldProblem> problems) {
    if (blank(value)) {
      return null;
    }
    try {
      return Long.valueOf(value.trim().replaceFirst("(?i)^PRO-?0*", ""));
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(field, message));
      return null;
    }
  }

  static LocalDate date(String value, String field, List<FieldProblem> problems) {
    if (blank(value)) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "Enter a date as YYYY-MM-DD."));
      return null;
    }
  }

  static String text(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros().toPlainString();
  }
}
