package org.cairnpmo.practices.web;

import java.util.function.Supplier;
import org.cairnpmo.platform.web.FlashActions;
import org.cairnpmo.practices.domain.LibraryEntryView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page actions every library of versioned entries shares, methods and project templates alike:
 * a published version is frozen, and a change is the next version, drafted from it. {@code page} is
 * the address of the library's entries ({@code /practices/methods/}); what the domain refuses is
 * said above the entry's page ({@link FlashActions}).
 */
public final class LibraryPages {

  private LibraryPages() {}

  /** The form of a draft, or back to the version's page when it is frozen. */
  public static String editDraft(
      LibraryEntryView entry,
      String page,
      String frozenMessage,
      RedirectAttributes redirect,
      Supplier<String> form) {
    if (!entry.draft()) {
      redirect.addFlashAttribute("flashError", frozenMessage);
      return "redirect:" + page + entry.id();
    }
    return form.get();
  }

  /** Publishes the draft {@code id} and says so above its page. */
  public static String publish(
      long id,
      String page,
      RedirectAttributes redirect,
      Supplier<? extends LibraryEntryView> publish) {
    FlashActions.run(redirect, null, publish)
        .ifPresent(
            published ->
                redirect.addFlashAttribute(
                    "flash",
                    "Version "
                        + published.revision()
                        + " of "
                        + published.name()
                        + " is published."));
    return "redirect:" + page + id;
  }

  /** Drafts the version after {@code id} and opens its form; a refusal stays on {@code id}. */
  public static String newVersion(
      long id,
      String page,
      RedirectAttributes redirect,
      Supplier<? extends LibraryEntryView> newVersion) {
    return FlashActions.run(redirect, null, newVersion)
        .map(
            copy -> {
              redirect.addFlashAttribute(
                  "flash",
                  "Version " + copy.revision() + " drafted. Change it here, then publish it.");
              return "redirect:" + page + copy.id() + "/edit";
            })
        .orElse("redirect:" + page + id);
  }
}
