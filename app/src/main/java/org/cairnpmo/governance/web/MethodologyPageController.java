package org.cairnpmo.governance.web;

import jakarta.validation.Validator;
import java.util.Optional;
import org.cairnpmo.governance.domain.LifecycleData;
import org.cairnpmo.governance.domain.LifecycleView;
import org.cairnpmo.governance.domain.MatchMode;
import org.cairnpmo.governance.domain.MethodologyService;
import org.cairnpmo.governance.domain.ProjectCriteriaData;
import org.cairnpmo.governance.domain.RiskLevel;
import org.cairnpmo.governance.domain.TierData;
import org.cairnpmo.governance.domain.TierView;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.Role;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.history.web.HistoryPanel;
import org.cairnpmo.platform.web.EditForm;
import org.cairnpmo.platform.web.FormErrors;
import org.cairnpmo.platform.web.OnStaleVersion;
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
 * The methodology pages: project criteria, tiers and lifecycles. Everyone signed in may read them;
 * the PMO and administrators change them (the service refuses anyone else).
 */
@Controller
@RequestMapping("/governance")
record MethodologyPageController(
    MethodologyService methodology,
    IdentityApi identity,
    Validator validator,
    HistoryPanel history) {

  @InitBinder
  void initBinder(WebDataBinder binder) {
    binder.setDisallowedFields("id");
  }

  // ---------------------------------------------------------------- overview and criteria

  @GetMapping("/setup")
  String setup(Model model, CurrentUser viewer) {
    return setupPage(model, viewer, null);
  }

  @PostMapping("/setup/criteria")
  String reviseCriteria(
      @ModelAttribute("criteriaForm") CriteriaForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    MethodologyService.requireManager(viewer);
    ProjectCriteriaData data = form.toData();
    FormErrors.validate(validator, data, binding);
    if (FormErrors.attempt(
            binding,
            model,
            "criteriaConflict",
            () -> methodology.reviseCriteria(data, EditForm.editedVersion(data.version()), viewer))
        .isPresent()) {
      redirect.addFlashAttribute("flash", "Project criteria saved.");
      return "redirect:/governance/setup";
    }
    return setupPage(model, viewer, form);
  }

  private String setupPage(Model model, CurrentUser viewer, CriteriaForm form) {
    var criteria = methodology.criteria();
    model.addAttribute("criteria", criteria);
    history.addTo(model, "project-criteria", criteria.id());
    model.addAttribute("criteriaForm", form != null ? form : CriteriaForm.of(criteria));
    model.addAttribute("tiers", methodology.tiers());
    model.addAttribute("lifecycles", methodology.lifecycles());
    model.addAttribute("canManage", MethodologyService.mayManage(viewer));
    return "governance/setup";
  }

  // ---------------------------------------------------------------- tiers

  @GetMapping("/tiers/new")
  String newTier(Model model, CurrentUser viewer) {
    MethodologyService.requireManager(viewer);
    return tierForm(
        model, new TierData(null, null, null, MatchMode.ANY, null, null, null, null, null), null);
  }

  @GetMapping("/tiers/{id}/edit")
  String editTier(@PathVariable long id, Model model, CurrentUser viewer) {
    MethodologyService.requireManager(viewer);
    history.addTo(model, "tier", id);
    return tierForm(model, methodology.tierForEdit(id), methodology.tier(id));
  }

  /** Defines a tier, or saves the changes to tier {@code id}; the form again with its problems. */
  @PostMapping({"/tiers", "/tiers/{id}/edit"})
  String saveTier(
      @PathVariable(required = false) Long id,
      @ModelAttribute("form") TierData data,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    MethodologyService.requireManager(viewer);
    TierView existing = id == null ? null : methodology.tier(id);
    Optional<TierView> saved =
        FormErrors.validateAndAttempt(
            validator,
            data,
            binding,
            model,
            () ->
                id == null
                    ? methodology.defineTier(data, viewer)
                    : methodology.reviseTier(
                        id, data, EditForm.editedVersion(data.version()), viewer));
    if (saved.isPresent()) {
      String done = id == null ? " defined." : " saved.";
      redirect.addFlashAttribute("flash", "Tier " + saved.get().name() + done);
      return "redirect:/governance/setup#tiers";
    }
    return tierForm(model, data, existing);
  }

  private String tierForm(Model model, TierData form, TierView existing) {
    model.addAttribute("form", form);
    model.addAttribute("tier", existing);
    model.addAttribute("risks", RiskLevel.values());
    model.addAttribute("modes", MatchMode.values());
    model.addAttribute(
        "lifecycles", methodology.lifecycles().stream().filter(l -> !l.retired()).toList());
    return "governance/tier-form";
  }

  // ---------------------------------------------------------------- lifecycles

  @GetMapping("/lifecycles/{id}")
  String lifecycle(@PathVariable long id, Model model, CurrentUser viewer) {
    model.addAttribute("lifecycle", methodology.lifecycle(id));
    history.addTo(model, "lifecycle", id);
    model.addAttribute("canManage", MethodologyService.mayManage(viewer));
    return "governance/lifecycle";
  }

  @GetMapping("/lifecycles/new")
  String newLifecycle(Model model, CurrentUser viewer) {
    MethodologyService.requireManager(viewer);
    return lifecycleForm(model, LifecycleForm.blank(), null);
  }

  @GetMapping("/lifecycles/{id}/edit")
  String editLifecycle(
      @PathVariable long id, Model model, RedirectAttributes redirect, CurrentUser viewer) {
    MethodologyService.requireManager(viewer);
    LifecycleView existing = methodology.lifecycle(id);
    if (existing.frozen()) {
      redirect.addFlashAttribute(
          "flashError",
          "Projects use this lifecycle, so it can no longer change. Create a new revision to"
              + " change it.");
      return "redirect:/governance/lifecycles/" + id;
    }
    return lifecycleForm(model, LifecycleForm.of(methodology.lifecycleForEdit(id)), existing);
  }

  /**
   * Creates a lifecycle, or saves the changes to lifecycle {@code id}; the form is drawn again with
   * its problems, or with the phase added or taken out that the person asked for instead of saving.
   */
  @PostMapping({"/lifecycles", "/lifecycles/{id}/edit"})
  String saveLifecycle(
      @PathVariable(required = false) Long id,
      @ModelAttribute("form") LifecycleForm form,
      BindingResult binding,
      @RequestParam(required = false) String addPhase,
      @RequestParam(required = false) Integer removePhase,
      Model model,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    MethodologyService.requireManager(viewer);
    LifecycleView existing = id == null ? null : methodology.lifecycle(id);
    if (addPhase != null || removePhase != null) {
      return rearrange(form, addPhase, removePhase, model, existing);
    }
    LifecycleData data = form.toData();
    Optional<LifecycleView> saved =
        FormErrors.validateAndAttempt(
            validator,
            data,
            binding,
            model,
            () ->
                id == null
                    ? methodology.defineLifecycle(data, viewer)
                    : methodology.reviseLifecycle(id, data, form.editedVersion(), viewer));
    if (saved.isPresent()) {
      LifecycleView lifecycle = saved.get();
      redirect.addFlashAttribute(
          "flash", id == null ? "Lifecycle " + lifecycle.name() + " created." : "Lifecycle saved.");
      return "redirect:/governance/lifecycles/" + lifecycle.id();
    }
    return lifecycleForm(model, form, existing);
  }

  @PostMapping("/lifecycles/{id}/revisions")
  @OnStaleVersion(
      message = "Someone else changed this lifecycle at the same moment. Here it is now.",
      redirect = "/governance/lifecycles/{id}")
  String newRevision(@PathVariable long id, RedirectAttributes redirect, CurrentUser viewer) {
    MethodologyService.requireManager(viewer);
    try {
      LifecycleView copy = methodology.newRevision(id, viewer);
      redirect.addFlashAttribute(
          "flash",
          "Revision "
              + copy.revision()
              + " created. Change it here; tiers now use it, projects on the old revision keep"
              + " theirs.");
      return "redirect:/governance/lifecycles/" + copy.id() + "/edit";
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("flashError", e.getMessage());
      return "redirect:/governance/lifecycles/" + id;
    }
  }

  private String rearrange(
      LifecycleForm form,
      String addPhase,
      Integer removePhase,
      Model model,
      LifecycleView existing) {
    if (removePhase != null) {
      form.removePhase(removePhase);
    } else if (addPhase != null) {
      form.addPhase();
    }
    model.addAttribute("focusPhase", addPhase != null ? form.getPhases().size() - 1 : null);
    return lifecycleForm(model, form, existing);
  }

  private String lifecycleForm(Model model, LifecycleForm form, LifecycleView existing) {
    model.addAttribute("form", form);
    model.addAttribute("lifecycle", existing);
    model.addAttribute("people", identity.activeUsers());
    model.addAttribute("roles", Role.values());
    return "governance/lifecycle-form";
  }
}
