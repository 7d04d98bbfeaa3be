package org.cairnpmo.identity.web;

import org.cairnpmo.platform.InvalidInputException;
import org.springframework.validation.BindingResult;

/** Puts a domain validation failure next to the form fields it concerns. */
final class WebForms {

  private WebForms() {}

  static void reject(BindingResult binding, InvalidInputException failure) {
    for (InvalidInputException.FieldProblem problem : failure.problems()) {
      if (problem.field() != null && binding.getFieldType(problem.field()) != null) {
        binding.rejectValue(problem.field(), "invalid", problem.message());
      } else {
        binding.reject("invalid", problem.message());
      }
    }
  }
}
