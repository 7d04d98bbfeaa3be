package org.cairnpmo.platform.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Puts what is wrong with a submitted form next to the field it concerns, the same on every page:
 * from bean validation of the record a form builds and from the domain's own checks.
 *
 * <p>Record paths such as {@code conditions[0].ownerId} are the forms' paths too; a path naming an
 * element of a list that a form shows as one text area ({@code phases[0].criteria[2]}) lands on the
 * text area. A problem no field of the form shows goes above the form. A field shows one message,
 * the first: a field that binding already found unreadable ("Enter a number") does not also say
 * that it is missing.
 */
public final class FormErrors {

  private FormErrors() {}

  public static void reject(BindingResult binding, InvalidInputException failure) {
    reject(binding, failure.problems());
  }

  public static void reject(BindingResult binding, List<FieldProblem> problems) {
    for (FieldProblem problem : problems) {
      reject(binding, problem.field(), problem.message());
    }
  }

  /**
   * Saves a form that is drawn again when the save fails, the same way on every page: nothing is
   * saved while the form has errors; the domain's field problems land next to their fields and its
   * rules above the form; a version someone else changed meanwhile sets {@code conflictAttribute}
   * in the model, for the page's conflict message. Empty when the form must be drawn again.
   */
  public static <T> Optional<T> attempt(
      BindingResult binding, Model model, String conflictAttribute, Supplier<T> save) {
    if (binding.hasErrors()) {
      return Optional.empty();
    }
    try {
      return Optional.of(save.get());
    } catch (InvalidInputException e) {
      reject(binding, e);
    } catch (BusinessRuleException e) {
      binding.reject("rule", e.getMessage());
    } catch (RuntimeException e) {
      if (!StaleVersionPages.isStale(e)) {
        throw e;
      }
      model.addAttribute(conflictAttribute, true);
    }
    return Optional.empty();
  }

  /** Bean validation of {@code data}, as problems ordered by field. */
  public static <T> List<FieldProblem> problems(Validator validator, T data) {
    List<FieldProblem> problems = new ArrayList<>();
    for (ConstraintViolation<T> v : validator.validate(data)) {
      problems.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage()));
    }
    problems.sort(Comparator.comparing(FieldProblem::field));
    return problems;
  }

  /** Bean validation of {@code data} onto the form; true if it is valid. */
  public static <T> boolean validate(Validator validator, T data, BindingResult binding) {
    List<FieldProblem> problems = problems(validator, data);
    reject(binding, problems);
    return problems.isEmpty();
  }

  private static void reject(BindingResult binding, String path, String message) {
    String field = path == null ? null : path.replace(".<list element>", "");
    while (field != null && !field.isEmpty()) {
      if (isField(binding, field)) {
        if (binding.getFieldErrors(field).isEmpty()) {
          rejectValue(binding, field, message);
        }
        return;
      }
      int bracket = field.lastIndexOf('[');
      int dot = field.lastIndexOf('.');
      field = bracket > dot && field.endsWith("]") ? field.substring(0, bracket) : null;
    }
    binding.reject("invalid", message);
  }

  /**
   * {@link BindingResult#rejectValue}, also where Spring could not construct the form record (a
   * field it could not read): that result has no object to read the rejected value from, only the
   * values it recorded.
   */
  private static void rejectValue(BindingResult binding, String field, String message) {
    if (binding.getTarget() != null) {
      binding.rejectValue(field, "invalid", message);
      return;
    }
    binding.addError(
        new FieldError(
            binding.getObjectName(),
            field,
            binding.getFieldValue(field),
            false,
            binding.resolveMessageCodes("invalid", field),
            null,
            message));
  }

  private static boolean isField(BindingResult binding, String field) {
    try {
      return binding.getFieldType(field) != null;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * {@link #attempt} for a form whose data bean validation checks first, with its problems on the
   * form as well; a stale version sets {@code conflict} in the model.
   */
  public static <T> Optional<T> validateAndAttempt(
      Validator validator, Object data, BindingResult binding, Model model, Supplier<T> save) {
    validate(validator, data, binding);
    return attempt(binding, model, "conflict", save);
  }
}
