package org.cairnpmo.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;
import org.cairnpmo.identity.CairnPrincipal;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.domain.ApiTokenService;
import org.cairnpmo.identity.domain.ApiTokenService.IssuedToken;
import org.cairnpmo.identity.domain.User;
import org.cairnpmo.identity.domain.UserAccountService;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.organization.OrganizationApi;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The signed-in person's own page: who they are, their password and personal access tokens. */
@Controller
record ProfileController(
    UserAccountService accounts,
    ApiTokenService tokens,
    OrganizationApi organization,
    SessionPrincipals sessionPrincipals,
    Clock clock) {

  @GetMapping("/profile")
  String profile(CurrentUser me, Model model) {
    model.addAttribute("tokenForm", new TokenForm(null, null));
    return showProfile(me, model);
  }

  @PostMapping("/profile/tokens")
  String createToken(
      CurrentUser me,
      @ModelAttribute("tokenForm") TokenForm form,
      BindingResult binding,
      Model model,
      HttpServletResponse response) {
    if (binding.hasErrors()) {
      // A field binding refused (a control character in the name): shown next to it.
      return showProfile(me, model);
    }
    Integer validDays = null;
    if (form.validDays() != null && !form.validDays().isBlank()) {
      try {
        validDays = Integer.valueOf(form.validDays().trim());
      } catch (NumberFormatException e) {
        binding.rejectValue(
            "validDays", "invalid", "Enter a whole number of days, or leave it empty.");
        return showProfile(me, model);
      }
    }
    IssuedToken issued;
    try {
      issued = tokens.issue(me.id(), form.name(), validDays);
    } catch (InvalidInputException e) {
      FormErrors.reject(binding, e);
      return showProfile(me, model);
    }
    // The secret is shown in this response only; it must not linger in any cache.
    response.setHeader("Cache-Control", "no-store");
    model.addAttribute("issued", issued);
    model.addAttribute(
        "apiUrl",
        ServletUriComponentsBuilder.fromCurrentContextPath()
            .path("/api/v1/projects")
            .toUriString());
    return "profile/token-created";
  }

  @PostMapping("/profile/tokens/{tokenId}/revoke")
  String revokeToken(CurrentUser me, @PathVariable long tokenId, RedirectAttributes redirect) {
    String name =
        tokens.tokensOf(me.id()).stream()
            .filter(t -> t.getId() == tokenId)
            .map(t -> t.getName())
            .findFirst()
            .orElse("The token");
    tokens.revoke(me.id(), tokenId);
    redirect.addFlashAttribute(
        "flash", "Token \u201c" + name + "\u201d is revoked: it no longer opens the API.");
    return "redirect:/profile";
  }

  // The password pages read the session's principal, not CurrentUser: whether the person must
  // change their password is known only there.
  @GetMapping("/profile/password")
  String passwordForm(@AuthenticationPrincipal CairnPrincipal me, Model model) {
    model.addAttribute("passwordForm", new PasswordForm(null, null, null));
    return showPasswordForm(me, model);
  }

  @PostMapping("/profile/password")
  String changePassword(
      @AuthenticationPrincipal CairnPrincipal me,
      @ModelAttribute("passwordForm") PasswordForm form,
      BindingResult binding,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    if (form.newPassword() != null
        && !form.newPassword().isEmpty()
        && !Objects.equals(form.newPassword(), form.repeatPassword())) {
      binding.rejectValue("repeatPassword", "mismatch", "The two new passwords do not match.");
    }
    try {
      if (!binding.hasErrors()) {
        accounts.changeOwnPassword(me.id(), form.currentPassword(), form.newPassword());
      }
    } catch (InvalidInputException e) {
      FormErrors.reject(binding, e);
    }
    if (binding.hasErrors()) {
      return showPasswordForm(me, model);
    }
    // The principal in the session still says "must change password": replace it so that the
    // gate lets the person through from the next request on.
    sessionPrincipals.refresh(me.id(), request, response);
    redirect.addFlashAttribute("flash", "Your password has been changed.");
    return "redirect:/";
  }

  private String showProfile(CurrentUser me, Model model) {
    User user = accounts.find(me.id());
    model.addAttribute("user", user);
    model.addAttribute(
        "department",
        user.getDepartmentId() == null
            ? null
            : organization
                .department(user.getDepartmentId())
                .map(DepartmentSummary::name)
                .orElse(null));
    model.addAttribute(
        "roles", Arrays.stream(Role.values()).filter(user.getRoles()::contains).toList());
    model.addAttribute("tokens", tokens.tokensOf(me.id()));
    model.addAttribute("now", clock.instant());
    return "profile/profile";
  }

  private String showPasswordForm(CairnPrincipal me, Model model) {
    model.addAttribute("forced", me.mustChangePassword());
    model.addAttribute("minLength", UserAccountService.MIN_PASSWORD_LENGTH);
    return "profile/password";
  }

  /** A new personal access token: a name and, optionally, for how many days it is valid. */
  record TokenForm(String name, String validDays) {}

  /** The passwords are never echoed back into the page, not even after a mistake. */
  record PasswordForm(String currentPassword, String newPassword, String repeatPassword) {}
}
