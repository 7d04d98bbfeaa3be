package org.cairnpmo.portfolio.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.web.EditForm;
import org.cairnpmo.platform.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How the portfolio's pages read a submitted form into the record the service takes, and save it:
 * the same steps for proposals, objectives, criteria sets and score sheets. A form names some
 * fields differently from its record ({@code discountRate} for {@code discountRatePercent}); {@code
 * field} maps a record's path to the form's, so a problem lands next to what the person typed.
 */
final class PageForms {

  private PageForms() {}

  /** The record the form describes, or null with what is wrong shown on the form. */
  static <D> D read(
      BindingResult binding, Validator validator, Supplier<D> toData, UnaryOperator<String> field) {
    D data;
    try {
      data = toData.get();
    } catch (InvalidInputException e) {
      FormErrors.reject(binding, onForm(e.problems(), field));
      return null;
    }
    FormErrors.reject(binding, onForm(FormErrors.problems(validator, data), field));
    return binding.hasErrors() ? null : data;
  }

  /**
   * Saves the record read from the form ({@link FormErrors#attempt}); a conflict with someone
   * else's change answers 409 besides the page's conflict message.
   */
  static <T> Optional<T> save(
      BindingResult binding,
      Model model,
      HttpServletResponse response,
      UnaryOperator<String> field,
      Supplier<T> save) {
    Optional<T> saved =
        FormErrors.attempt(
            binding,
            model,
            "conflict",
            () -> {
              try {
                return save.get();
              } catch (InvalidInputException e) {
                throw new InvalidInputException(onForm(e.problems(), field));
              }
            });
    if (model.containsAttribute("conflict")) {
      response.setStatus(HttpStatus.CONFLICT.value());
    }
    return saved;
  }

  /**
   * Reads the form into its record ({@link #read}) and saves that ({@link #save}); empty when the
   * form must be drawn again.
   */
  static <D, T> Optional<T> readAndSave(
      BindingResult binding,
      Model model,
      HttpServletResponse response,
      Validator validator,
      Supplier<D> toData,
      UnaryOperator<String> field,
      Function<D, T> save) {
    D data = read(binding, validator, toData, field);
    return data == null
        ? Optional.empty()
        : save(binding, model, response, field, () -> save.apply(data));
  }

  /** A change to the record the address names, at the version the person edited. */
  @FunctionalInterface
  interface Revision<D, T> {
    T apply(long id, D data, long expectedVersion, CurrentUser editor);
  }

  /**
   * How an edit form is saved: as a new record ({@code define}) when the address names none, else
   * as the changes to the one it names, at the version the form was filled from.
   */
  static <D, T> Function<D, T> defineOrRevise(
      Long id,
      EditForm form,
      CurrentUser me,
      BiFunction<D, CurrentUser, T> define,
      Revision<D, T> revise) {
    long version = form.editedVersion();
    return data -> id == null ? define.apply(data, me) : revise.apply(id, data, version, me);
  }

  /**
   * Where a page goes after a save: on success, the page {@code next} names with {@code flash}
   * above it; otherwise the form again ({@code again}), with what went wrong.
   */
  static <T> String afterSave(
      Optional<T> saved,
      RedirectAttributes redirect,
      Function<T, String> flash,
      Function<T, String> next,
      Supplier<String> again) {
    if (saved.isEmpty()) {
      return again.get();
    }
    redirect.addFlashAttribute("flash", flash.apply(saved.get()));
    return "redirect:" + next.apply(saved.get());
  }

  /**
   * Runs a decision taken on a page, such as submitting or activating; a rule it breaks or input it
   * refuses becomes the message above the page the browser is sent back to. False then.
   */
  static boolean decide(RedirectAttributes redirect, Runnable decision) {
    try {
      decision.run();
      return true;
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute(
          "flashError",
          String.join(" ", e.problems().stream().map(FieldProblem::message).toList()));
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("flashError", e.getMessage());
    }
    return false;
  }

  private static List<FieldProblem> onForm(
      List<FieldProblem> problems, UnaryOperator<String> field) {
    return problems.stream()
        .map(p -> new FieldProblem(field.apply(p.field()), p.message()))
        .toList();
  }
}
