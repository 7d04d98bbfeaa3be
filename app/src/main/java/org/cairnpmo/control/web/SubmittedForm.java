package org.cairnpmo.control.web;

import java.util.Optional;
import java.util.function.Function;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;

/**
 * A form submitted to a status page, as bound, with what is wrong with it so far. Saving it shows
 * what the domain refuses on the form again (its field problems next to the fields) instead of an
 * error page, and tries nothing while the form already has errors. Someone else's newer version is
 * the caller's to handle, as each page shows it differently.
 */
record SubmittedForm<R>(R form, PageErrors errors) {

  /** What {@code save} saved, or nothing with the reason among the errors, a broken rule on top. */
  <T> Optional<T> save(Function<R, T> save) {
    try {
      return saveFields(save);
    } catch (BusinessRuleException e) {
      errors.global(e.getMessage());
      return Optional.empty();
    }
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
