package org.cairnpmo.control.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.platform.InvalidInputException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * What is wrong with a submitted form, by field (for the message next to it) and overall: from
 * binding (a word in a number field), bean validation and the domain's own checks.
 */
final class PageErrors {

  /** The error code of a value refused by the platform's input rules. */
  private static final String INPUT_RULE = "inputRule";

  private final Map<String, String> fields = new LinkedHashMap<>();
  private final List<String> global = new ArrayList<>();

  static PageErrors of(BindingResult binding) {
    PageErrors errors = new PageErrors();
    if (binding != null) {
      for (FieldError error : binding.getFieldErrors()) {
        errors.fields.putIfAbsent(error.getField(), message(error));
      }
      binding.getGlobalErrors().forEach(e -> errors.global.add(e.getDefaultMessage()));
    }
    return errors;
  }

  /**
   * A value that broke one of the input rules (a date outside 1900–2200) keeps the rule's words, as
   * the API gives them; any other value that could not be read gets the generic message.
   */
  private static String message(FieldError error) {
    boolean rule =
        Arrays.asList(error.getCodes() == null ? new String[0] : error.getCodes())
            .contains(INPUT_RULE);
    return (error.isBindingFailure() && !rule) || error.getDefaultMessage() == null
        ? "Enter a valid value."
        : error.getDefaultMessage();
  }

  PageErrors validate(Validator validator, Object target) {
    if (target != null) {
      for (ConstraintViolation<Object> v : validator.validate(target)) {
        fields.putIfAbsent(v.getPropertyPath().toString(), v.getMessage());
      }
    }
    return this;
  }

  PageErrors add(InvalidInputException failure) {
    for (InvalidInputException.FieldProblem problem : failure.problems()) {
      if (problem.field() == null || problem.field().isBlank()) {
        global.add(problem.message());
      } else {
        fields.putIfAbsent(problem.field(), problem.message());
      }
    }
    return this;
  }

  PageErrors global(String message) {
    global.add(message);
    return this;
  }

  /** The first message, a field's or the form's: for an action that can only say one thing. */
  java.util.Optional<String> first() {
    return fields.values().stream().findFirst().or(() -> global.stream().findFirst());
  }

  boolean any() {
    return !fields.isEmpty() || !global.isEmpty();
  }

  void addTo(Model model) {
    model.addAttribute("errors", fields);
    model.addAttribute("globalErrors", global);
  }

  static void none(Model model) {
    model.addAttribute("errors", Map.of());
    model.addAttribute("globalErrors", List.of());
  }

  /**
   * A form page's form, under {@code name}, with no errors yet; unless the model has them already:
   * a post that did not save draws the same page with the form as submitted and its errors.
   */
  static void showForm(Model model, String name, Object form) {
    if (!model.containsAttribute(name)) {
      model.addAttribute(name, form);
    }
    if (!model.containsAttribute("errors")) {
      none(model);
    }
  }
}
