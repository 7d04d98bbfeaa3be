package org.cairnpmo.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.NewUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.domain.User;
import org.cairnpmo.identity.domain.UserAccountService;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.organization.OrganizationApi;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.history.web.HistoryPanel;
import org.cairnpmo.platform.web.FormErrors;
import org.cairnpmo.platform.web.PageNav;
import org.cairnpmo.platform.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** User administration for administrators (the security rules restrict /admin/** to ADMIN). */
@Controller
@RequestMapping("/admin/users")
record UserAdminController(
    UserAccountService accounts,
    OrganizationApi organization,
    SessionPrincipals sessionPrincipals,
    Clock clock,
    HistoryPanel history) {

  static final int PAGE_SIZE = 25;

  @InitBinder
  void initBinder(WebDataBinder binder) {
    binder.setDisallowedFields("id");
  }

  @GetMapping
  String list(
      @RequestParam(name = "q", required = false) String query,
      @RequestParam(name = "page", defaultValue = "0") int page,
      Model model) {
    Page<User> users =
        Paging.showing(
            page,
            PAGE_SIZE,
            Sort.by("displayName").and(Sort.by("username")),
            p -> accounts.search(query, p));
    model.addAttribute("users", users);
    model.addAttribute("pageNav", PageNav.of(users, PageNav.link("/admin/users", "q", query)));
    model.addAttribute("q", query == null ? "" : query.trim());
    model.addAttribute("departments", organization.departmentsById());
    model.addAttribute("roles", Role.values());
    model.addAttribute("now", clock.instant());
    return "admin/users";
  }

  @GetMapping("/new")
  String newUser(Model model) {
    model.addAttribute(
        "form",
        new UserForm(null, null, null, null, null, EnumSet.of(Role.MEMBER), null, true, null));
    return showCreateForm(model);
  }

  @PostMapping
  String create(
      @ModelAttribute("form") UserForm form,
      BindingResult binding,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    checkDepartment(form.departmentId(), binding);
    if (binding.hasErrors()) {
      return showCreateForm(model);
    }
    boolean generated = form.password() == null || form.password().isEmpty();
    String password = generated ? accounts.randomOneTimePassword() : form.password();
    User created;
    try {
      created =
          accounts.create(
              new NewUser(
                  form.username(),
                  form.displayName(),
                  form.email(),
                  form.jobTitle(),
                  form.departmentId(),
                  form.rolesOrEmpty(),
                  password,
                  true));
    } catch (InvalidInputException e) {
      FormErrors.reject(binding, e);
      return showCreateForm(model);
    }
    if (generated) {
      return showOneTimePassword(created, password, true, model, response);
    }
    redirect.addFlashAttribute(
        "flash",
        "Created "
            + created.getDisplayName()
            + " ("
            + created.getUsername()
            + "). They choose their own password at first sign-in.");
    return "redirect:/admin/users/" + created.getId();
  }

  @GetMapping("/{userId}")
  String edit(CurrentUser me, @PathVariable long userId, Model model) {
    User user = accounts.find(userId);
    model.addAttribute("form", UserForm.of(user));
    return showEditForm(user, me, model);
  }

  @PostMapping("/{userId}")
  String update(
      CurrentUser me,
      @PathVariable long userId,
      @ModelAttribute("form") UserForm form,
      BindingResult binding,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    User user = accounts.find(userId);
    checkDepartment(form.departmentId(), binding);
    Optional<User> saved =
        FormErrors.attempt(
            binding,
            model,
            "conflict",
            () ->
                accounts.update(
                    me.id(),
                    userId,
                    form.version() == null ? -1 : form.version(),
                    form.displayName(),
                    form.email(),
                    form.jobTitle(),
                    form.departmentId(),
                    form.rolesOrEmpty(),
                    !Boolean.FALSE.equals(form.enabled())));
    if (saved.isEmpty()) {
      if (model.containsAttribute("conflict")) {
        response.setStatus(HttpStatus.CONFLICT.value());
        user = accounts.find(userId);
      }
      return showEditForm(user, me, model);
    }
    if (userId == me.id()) {
      sessionPrincipals.refresh(userId, request, response);
    }
    redirect.addFlashAttribute(
        "flash", "Saved the changes to " + saved.get().getDisplayName() + ".");
    return "redirect:/admin/users/" + userId;
  }

  @PostMapping("/{userId}/unlock")
  String unlock(@PathVariable long userId, RedirectAttributes redirect) {
    User user = accounts.find(userId);
    accounts.unlock(userId);
    redirect.addFlashAttribute(
        "flash", user.getDisplayName() + " is unlocked and can sign in again.");
    return "redirect:/admin/users/" + userId;
  }

  /**
   * Lets single sign-on take over this local account: the next person a provider names with this
   * username is linked to it (docs/sso.md).
   */
  @PostMapping("/{userId}/allow-sso")
  String allowSso(@PathVariable long userId, RedirectAttributes redirect) {
    User user = accounts.find(userId);
    accounts.allowSsoLink(userId);
    redirect.addFlashAttribute(
        "flash",
        "The next single sign-on as "
            + user.getUsername()
            + " links to this account; "
            + user.getDisplayName()
            + " can sign in through the provider from then on.");
    return "redirect:/admin/users/" + userId;
  }

  @PostMapping("/{userId}/unlink-sso")
  String unlinkSso(@PathVariable long userId, RedirectAttributes redirect) {
    User user = accounts.find(userId);
    accounts.unlinkSso(userId);
    redirect.addFlashAttribute(
        "flash", user.getDisplayName() + " is no longer linked to single sign-on.");
    return "redirect:/admin/users/" + userId;
  }

  @PostMapping("/{userId}/reset-password")
  String resetPassword(
      CurrentUser me,
      @PathVariable long userId,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    User user = accounts.find(userId);
    if (userId == me.id()) {
      redirect.addFlashAttribute(
          "flashError", "Change your own password on your profile page, not here.");
      return "redirect:/admin/users/" + userId;
    }
    String password = accounts.randomOneTimePassword();
    accounts.resetPassword(userId, password);
    return showOneTimePassword(user, password, false, model, response);
  }

  private void checkDepartment(Long departmentId, BindingResult binding) {
    if (departmentId != null && organization.department(departmentId).isEmpty()) {
      binding.rejectValue("departmentId", "unknown", "Choose a department from the list.");
    }
  }

  private String showCreateForm(Model model) {
    addChoices(null, model);
    model.addAttribute("minLength", UserAccountService.MIN_PASSWORD_LENGTH);
    return "admin/users-new";
  }

  private String showEditForm(User user, CurrentUser me, Model model) {
    history.addTo(model, "user", user.getId());
    addChoices(user.getDepartmentId(), model);
    model.addAttribute("user", user);
    model.addAttribute("self", user.getId() == me.id());
    model.addAttribute("locked", user.isLockedAt(clock.instant()));
    return "admin/users-edit";
  }

  /** Active departments, plus the person's current one even if it has been deactivated. */
  private void addChoices(Long currentDepartment, Model model) {
    List<DepartmentSummary> departments =
        organization.departments().stream()
            .filter(d -> d.active() || Long.valueOf(d.id()).equals(currentDepartment))
            .toList();
    model.addAttribute("departments", departments);
    model.addAttribute("roles", Role.values());
  }

  private String showOneTimePassword(
      User user, String password, boolean created, Model model, HttpServletResponse response) {
    // Shown in this response only: never stored, never cached.
    response.setHeader("Cache-Control", "no-store");
    model.addAttribute("user", user);
    model.addAttribute("oneTimePassword", password);
    model.addAttribute("created", created);
    return "admin/users-password";
  }

  /** The administrator's form for a person; {@code version} guards edits against lost updates. */
  record UserForm(
      String username,
      String displayName,
      String email,
      String jobTitle,
      Long departmentId,
      Set<Role> roles,
      String password,
      Boolean enabled,
      Long version) {

    static UserForm of(User user) {
      return new UserForm(
          user.getUsername(),
          user.getDisplayName(),
          user.getEmail(),
          user.getJobTitle(),
          user.getDepartmentId(),
          user.getRoles(),
          null,
          user.isEnabled(),
          user.getVersion());
    }

    Set<Role> rolesOrEmpty() {
      return roles == null ? Set.of() : roles;
    }
  }
}
