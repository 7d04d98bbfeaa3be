package org.cairnpmo.portfolio.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.springframework.validation.BindingResult;

/** What the portfolio's page controllers share: showing problems next to their fields. */
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
}
