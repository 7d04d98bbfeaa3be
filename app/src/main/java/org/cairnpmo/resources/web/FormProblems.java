package org.cairnpmo.resources.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.springframework.validation.BindingResult;

/**
 * What is wrong with a submitted form, by the field that shows it: the first problem of each field
 * (a field the form cannot read does not also say that it is missing). Problems of fields the form
 * does not show go under the empty name, above the form.
 */
final class FormProblems {

  private FormProblems() {}

  static Map<String, String> of(
      BindingResult binding, List<FieldProblem> problems, UnaryOperator<String> fieldOf) {
    Map<String, String> errors = new LinkedHashMap<>();
    binding
        .getFieldErrors()
        .forEach(e -> errors.putIfAbsent(fieldOf.apply(e.getField()), e.getDefaultMessage()));
    binding.getGlobalErrors().forEach(e -> errors.putIfAbsent("", e.getDefaultMessage()));
    problems.forEach(p -> errors.putIfAbsent(fieldOf.apply(p.field()), p.message()));
    return errors;
  }
}
