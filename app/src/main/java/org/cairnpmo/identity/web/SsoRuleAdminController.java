package org.cairnpmo.identity.web;

import java.util.Optional;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.domain.IdentityProperties;
import org.cairnpmo.identity.domain.SsoRuleForm;
import org.cairnpmo.identity.domain.SsoRuleView;
import org.cairnpmo.identity.domain.SsoRules;
import org.cairnpmo.organization.OrganizationApi;
import org.cairnpmo.platform.web.FlashActions;
import org.cairnpmo.platform.web.FormErrors;
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

/**
 * "Single sign-on rules" for administrators (the security rules restrict /admin/** to ADMIN): the
 * configured providers, and the rules that give people who sign in through them a role and a
 * department.
 */
@Controller
@RequestMapping("/admin/sso")
record SsoRuleAdminController(
    SsoRules rules,
    SsoProviders providers,
    IdentityProperties properties,
    OrganizationApi organization) {

  @InitBinder
  void initBinder(WebDataBinder binder) {
    binder.setDisallowedFields("id");
  }

  @GetMapping
  String page(Model model) {
    model.addAttribute("form", new SsoRuleForm("groups", null, null, null, null));
    return show(model);
  }

  @PostMapping
  String create(
      @ModelAttribute("form") SsoRuleForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    Optional<SsoRuleView> created =
        FormErrors.attempt(binding, model, "conflict", () -> rules.create(form));
    if (created.isEmpty()) {
      return show(model);
    }
    redirect.addFlashAttribute(
        "flash",
        "Added the rule for " + created.get().claim() + " = " + created.get().value() + ".");
    return "redirect:/admin/sso";
  }

  @PostMapping("/{ruleId}/delete")
  String delete(
      @PathVariable long ruleId,
      @RequestParam(name = "version", required = false) Long version,
      RedirectAttributes redirect) {
    FlashActions.run(
            redirect,
            "Someone changed this rule since you opened the page; here it is as it is now.",
            () -> {
              rules.delete(ruleId, version == null ? -1 : version);
              return ruleId;
            })
        .ifPresent(deleted -> redirect.addFlashAttribute("flash", "Removed the rule."));
    return "redirect:/admin/sso";
  }

  private String show(Model model) {
    model.addAttribute("rules", rules.all());
    model.addAttribute("providers", providers.providers());
    model.addAttribute("usernameClaim", properties.sso().usernameClaim());
    model.addAttribute("localLogin", properties.identity().localLogin());
    model.addAttribute("departments", organization.departmentsById());
    model.addAttribute(
        "activeDepartments", organization.departments().stream().filter(d -> d.active()).toList());
    model.addAttribute("roles", Role.values());
    return "admin/sso";
  }
}
