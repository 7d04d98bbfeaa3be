package org.cairnpmo.portfolio.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.springframework.validation.BindingResult;

/** What the portfolio's page controllers share: parsing typed input and showing problems. */
final class PageSupport {

  private PageSupport() {}

  /** Puts each problem next to the form field it concerns, or above the form. */
  static void reject(BindingResult binding, List<FieldProblem> problems) {
    for (FieldProblem problem : problems) {
      String field = problem.field();
      boolean known = false;
      try {
        known = field != null && binding.getFieldType(field) != null;
      } catch (RuntimeException e) {
        known = false;
      }
      if (known && binding.getFieldErrors(field).isEmpty()) {
        binding.rejectValue(field, "invalid", problem.message());
      } else if (!known) {
        binding.reject("invalid", problem.message());
      }
    }
  }

  static void reject(BindingResult binding, InvalidInputException failure) {
    reject(binding, failure.problems());
  }

  /** Bean validation of the record built from a form, as field problems. */
  static <T> List<FieldProblem> validate(Validator validator, T data) {
    List<FieldProblem> problems = new ArrayList<>();
    for (ConstraintViolation<T> v : validator.validate(data)) {
      problems.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage()));
    }
    problems.sort(Comparator.comparing(FieldProblem::field));
    return problems;
  }

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
