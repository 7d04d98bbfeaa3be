package org.cairnpmo.control.web;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.web.FormErrors;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * A form submitted to a status page, as bound, with what is wrong with it so far. Saving it shows
 * what the domain refuses on the form again (its field problems next to the fields) instead of an
 * error page, and tries nothing while the form already has errors. Someone else's newer version is
 * the page's conflict ({@link #saveEdit}).
 */
record SubmittedForm<R>(R form, PageErrors errors) {

  static final String CONFLICT = "conflict";

  /** The code {@link FormErrors#attempt} gives a broken business rule. */
  private static final String RULE = "rule";

  /** What {@code save} saved, or nothing with the reason among the errors, a broken rule on top. */
  <T> Optional<T> save(Function<R, T> save) {
    try {
      return saveFields(save);
    } catch (BusinessRuleException e) {
      errors.global(e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * Like {@link #save}, for a form that changes a stored record, through {@link
   * FormErrors#attempt}: when someone else saved a newer version meanwhile, {@code staleMessage}
   * goes above the form and the model's {@value #CONFLICT} is set, so that the page shows the
   * record as it is now ({@link #conflict}); a broken rule goes above the form too ({@link
   * #refusal} tells it apart for pages that rather leave the form).
   */
  <T> Optional<T> saveEdit(
      BindingResult binding, Model model, String staleMessage, Function<R, T> save) {
    Optional<T> saved =
        FormErrors.attempt(binding, model, CONFLICT, () -> saveFields(save)).flatMap(t -> t);
    refusal(binding).ifPresent(errors::global);
    if (conflict(model)) {
      errors.global(staleMessage);
    }
    return saved;
  }

  /** The business rule that refused the save of {@link #saveEdit}, if one did. */
  static Optional<String> refusal(BindingResult binding) {
    return binding.getGlobalErrors().stream()
        .filter(e -> RULE.equals(e.getCode()))
        .map(e -> e.getDefaultMessage())
        .findFirst();
  }

  /**
   * After a {@link #saveEdit} that saved nothing: puts the errors into the model and answers the
   * record to show with the form. That is the one {@code read} before, unless someone else changed
   * it meanwhile: then it is the one {@code stored} now, and the form {@code toForm} refills from
   * it.
   */
  <V> V notSaved(Model model, V read, Supplier<V> stored, Function<V, R> toForm) {
    V shown = read;
    if (conflict(model)) {
      shown = stored.get();
      model.addAttribute("form", toForm.apply(shown));
    }
    errors.addTo(model);
    return shown;
  }

  /** Whether the save of a form found the record changed by someone else. */
  static boolean conflict(Model model) {
    return Boolean.TRUE.equals(model.getAttribute(CONFLICT));
  }

  /** Like {@link #save}, for pages that leave the form when a business rule refuses the change. */
  <T> Optional<T> saveFields(Function<R, T> save) {
    if (errors.any()) {
      return Optional.empty();
    }
    try {
      return Optional.of(save.apply(form));
    } catch (InvalidInputException e) {
      errors.add(e);
      return Optional.empty();
    }
  }
}
