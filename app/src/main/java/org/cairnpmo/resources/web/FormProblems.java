package org.cairnpmo.resources.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.web.StaleVersionPages;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
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

  /**
   * Saves a form that has no problems yet, the same way on every page of the module: the domain's
   * field problems join {@code problems} and a rule it breaks goes above the form; a version
   * someone else changed meanwhile answers 409 with {@code conflict} in the model and, where given,
   * {@code staleMessage} above the form. Empty when the form must be drawn again.
   */
  static <T> Optional<T> attempt(
      BindingResult binding,
      List<FieldProblem> problems,
      Model model,
      HttpServletResponse response,
      String staleMessage,
      Supplier<T> save) {
    if (binding.hasErrors() || !problems.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(save.get());
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    } catch (BusinessRuleException e) {
      problems.add(new FieldProblem("", e.getMessage()));
    } catch (RuntimeException e) {
      if (!StaleVersionPages.isStale(e)) {
        throw e;
      }
      model.addAttribute("conflict", true);
      if (staleMessage != null) {
        problems.add(new FieldProblem("", staleMessage));
      }
      response.setStatus(HttpStatus.CONFLICT.value());
    }
    return Optional.empty();
  }
}
