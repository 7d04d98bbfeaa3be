package org.cairnpmo.platform.web;

import java.util.Optional;
import java.util.function.Supplier;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An action started by a button on a page that redirects back to a page: what the domain refuses is
 * said above that page as its flash error instead of an error page. The caller says what went well,
 * from what the action answers.
 */
public final class FlashActions {

  private FlashActions() {}

  /**
   * Runs {@code action}; a refusal becomes the flash error: the first problem of invalid input, the
   * broken rule's message, or {@code staleMessage} when someone else changed the record since the
   * page was drawn. Without a {@code staleMessage} a stale version is left to {@link
   * StaleVersionPages}. Empty when the action was refused.
   */
  public static <T> Optional<T> run(
      RedirectAttributes redirect, String staleMessage, Supplier<T> action) {
    try {
      return Optional.of(action.get());
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", e.problems().get(0).message());
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("flashError", e.getMessage());
    } catch (RuntimeException e) {
      if (staleMessage == null || !StaleVersionPages.isStale(e)) {
        throw e;
      }
      redirect.addFlashAttribute("flashError", staleMessage);
    }
    return Optional.empty();
  }
}
