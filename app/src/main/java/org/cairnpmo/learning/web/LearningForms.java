package org.cairnpmo.learning.web;

import jakarta.validation.Validator;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.web.FormErrors;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The one way learning's pages save a form: read it, validate it, save it, or draw it again. */
final class LearningForms {

  private LearningForms() {}

  /**
   * Reads the form into its data ({@code read}: what cannot be read lands next to its field), then
   * validates and saves it ({@link FormErrors#validateAndAttempt}: a stale version sets {@code
   * conflict}). Empty when the form must be drawn again.
   */
  static <D, T> Optional<T> save(
      Supplier<D> read,
      Validator validator,
      BindingResult binding,
      Model model,
      Function<D, T> save) {
    D data;
    try {
      data = read.get();
    } catch (InvalidInputException e) {
      FormErrors.reject(binding, e);
      return Optional.empty();
    }
    return FormErrors.validateAndAttempt(validator, data, binding, model, () -> save.apply(data));
  }

  /** What a saved form says (the flash) and the page it goes to. */
  record Done(String flash, String page) {}

  /**
   * The redirect after {@code saved}, with its flash; empty when nothing was saved, for the caller
   * to draw the form again.
   */
  static <T> Optional<String> done(
      Optional<T> saved, RedirectAttributes redirect, Function<T, Done> done) {
    return saved.map(
        t -> {
          Done d = done.apply(t);
          redirect.addFlashAttribute("flash", d.flash());
          return "redirect:" + d.page();
        });
  }
}
