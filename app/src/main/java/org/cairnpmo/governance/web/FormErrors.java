package org.cairnpmo.governance.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import org.cairnpmo.platform.InvalidInputException;
import org.springframework.validation.BindingResult;

/**
 * Puts validation failures of the records that governance's services take next to the form fields
 * they concern. Record paths such as {@code conditions[0].ownerId} are the forms' paths too; a path
 * that names an element of a list shown as one text area ({@code phases[0].criteria[2]}) lands on
 * the text area.
 */
final class FormErrors {

  private FormErrors() {}

  /** Bean validation of {@code data}; true if it is valid. */
  static <T> boolean validate(Validator validator, T data, BindingResult binding) {
    Set<ConstraintViolation<T>> violations = validator.validate(data);
    for (ConstraintViolation<T> v : violations) {
      reject(binding, v.getPropertyPath().toString(), v.getMessage());
    }
    return violations.isEmpty();
  }

  static void reject(BindingResult binding, InvalidInputException failure) {
    for (InvalidInputException.FieldProblem problem : failure.problems()) {
      reject(binding, problem.field(), problem.message());
    }
  }

  private static void reject(BindingResult binding, String path, String message) {
    String field = path == null ? null : path.replace(".<list element>", "");
    while (field != null && !field.isEmpty()) {
      if (isField(binding, field)) {
        binding.rejectValue(field, "invalid", message);
        return;
      }
      int bracket = field.lastIndexOf('[');
      int dot = field.lastIndexOf('.');
      if (bracket > dot && field.endsWith("]")) {
        field = field.substring(0, bracket);
      } else {
        field = null;
      }
    }
    binding.reject("invalid", message);
  }

  private static boolean isField(BindingResult binding, String field) {
    try {
      return binding.getFieldType(field) != null;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
