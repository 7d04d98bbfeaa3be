package org.cairnpmo.identity.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page. Spring Security handles the POST; this only shows the form and outcomes. */
@Controller
class LoginController {

  @GetMapping("/login")
  String login(
      @RequestParam(required = false) String error,
      @RequestParam(required = false) String locked,
      @RequestParam(required = false) String logout,
      @RequestParam(required = false) String throttled,
      Model model) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    boolean signedIn =
        auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    if (signedIn) {
      return "redirect:/";
    }
    model.addAttribute("failed", error != null);
    model.addAttribute("locked", locked != null);
    model.addAttribute("signedOut", logout != null);
    model.addAttribute("throttledMinutes", minutes(throttled));
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
