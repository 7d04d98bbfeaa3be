package org.cairnpmo.identity.web;

import java.util.Map;
import org.cairnpmo.identity.domain.IdentityProperties;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. Spring Security handles the POST and single sign-on; this only shows the form,
 * the providers to sign in with, and outcomes. With password sign-in off the form is shown only on
 * {@code /login?local}, for administrators.
 */
@Controller
record LoginController(SsoProviders sso, IdentityProperties properties) {

  /** What the page says about a refused single sign-on, by the reason the refusal gives. */
  private static final Map<String, String> SSO_REFUSALS =
      Map.of(
          "no-username",
          "Your provider did not tell Cairn a username or e-mail address it can use. Ask your"
              + " administrator.",
          "taken",
          "A Cairn account with your username already exists and signs in with a password. Sign in"
              + " with it, or ask an administrator to allow single sign-on for that account.",
          "disabled",
          "Your Cairn account is disabled. Ask an administrator.",
          "retry",
          "Your account was being set up by another sign-in at the same moment. Try again.",
          "failed",
          "Signing in through your provider did not work. Try again, or ask an administrator.");

  @GetMapping("/login")
  String login(
      @RequestParam(required = false) String error,
      @RequestParam(required = false) String locked,
      @RequestParam(required = false) String disabled,
      @RequestParam(required = false) String logout,
      @RequestParam(required = false) String throttled,
      @RequestParam(name = "sso", required = false) String ssoRefusal,
      @RequestParam(required = false) String local,
      Model model) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    boolean signedIn =
        auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    if (signedIn) {
      return "redirect:/";
    }
    boolean localLogin = properties.identity().localLogin();
    model.addAttribute("failed", error != null);
    model.addAttribute("locked", locked != null);
    model.addAttribute("disabled", disabled != null);
    model.addAttribute("signedOut", logout != null);
    model.addAttribute("throttledMinutes", minutes(throttled));
    model.addAttribute("providers", sso.providers());
    model.addAttribute(
        "ssoRefusal",
        ssoRefusal == null
            ? null
            : SSO_REFUSALS.getOrDefault(ssoRefusal, SSO_REFUSALS.get("failed")));
    model.addAttribute("localLogin", localLogin);
    model.addAttribute(
        "showForm",
        localLogin || local != null || error != null || locked != null || disabled != null);
    return "login";
  }

  /** Only a number of minutes comes back from the address check; anything else is left out. */
  private static Integer minutes(String throttled) {
    if (throttled == null || !throttled.matches("\\d{1,6}")) {
      return null;
    }
    return Math.max(1, Math.min(Integer.parseInt(throttled), 1440));
  }
}
