package org.cairnpmo.control.web;

import jakarta.validation.Validator;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * Reads the forms of the status and milestone pages: the record as bound, or rebuilt from the
 * request when binding gave up, so that the page can show again what was typed, with the binding
 * and bean validation errors.
 */
@Component
record StatusForms(
    Validator validator, @Qualifier("mvcConversionService") ConversionService conversion) {
  static final String MISSING_VERSION =
      "The form is missing the version it was based on. Reload the page.";

  /** The form, also put into the model as {@code name}, with its errors. */
  <R extends Record> SubmittedForm<R> read(
      R form, Class<R> type, String name, BindingResult binding, Model model) {
    R bound = LenientForms.orRebuilt(form, type, name, model, conversion);
    return new SubmittedForm<>(bound, errors(bound, binding));
  }

  /** What is wrong with a form as bound, for an action that says it rather than show the form. */
  PageErrors errors(Object form, BindingResult binding) {
    return PageErrors.of(binding).validate(validator, form);
  }

  /**
   * Like {@link #read}, for a form that edits a saved record: without the version it was based on,
   * saving it could overwrite a change nobody saw. A form that did not bind shows that first.
   */
  <R extends Record> SubmittedForm<R> readEdit(
      R form,
      Class<R> type,
      String name,
      BindingResult binding,
      Model model,
      Function<R, Long> version) {
    SubmittedForm<R> submitted = read(form, type, name, binding, model);
    if (version.apply(submitted.form()) == null && !binding.hasErrors()) {
      submitted.errors().global(MISSING_VERSION);
    }
    return submitted;
  }
}
