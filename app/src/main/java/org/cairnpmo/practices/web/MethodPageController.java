package org.cairnpmo.practices.web;

import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import org.cairnpmo.archive.ArchiveApi;
import org.cairnpmo.governance.GovernanceApi;
import org.cairnpmo.governance.LifecycleOutline;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.history.web.HistoryPanel;
import org.cairnpmo.platform.web.EditForm;
import org.cairnpmo.platform.web.FormErrors;
import org.cairnpmo.platform.web.OnStaleVersion;
import org.cairnpmo.practices.PromotionTarget;
import org.cairnpmo.practices.domain.DefinedEntries;
import org.cairnpmo.practices.domain.LessonPromotionService;
import org.cairnpmo.practices.domain.MethodData;
import org.cairnpmo.practices.domain.MethodService;
import org.cairnpmo.practices.domain.MethodView;
import org.cairnpmo.practices.domain.PracticesAccess;
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
 * The methodology library's pages: the list of methods, a method by phase, and the forms of a
 * draft. Everyone signed in reads them; the PMO and administrators write (the service refuses
 * anyone else).
 */
@Controller
@RequestMapping("/practices")
record MethodPageController(
    MethodService library,
    LessonPromotionService promotions,
    GovernanceApi governance,
    ArchiveApi archive,
    Validator validator,
    HistoryPanel historyPanel) {

  private static final String PAGE = "/practices/methods/";

  @InitBinder
  void initBinder(WebDataBinder binder) {
    binder.setDisallowedFields("id");
  }

  @GetMapping
  String library(Model model, CurrentUser viewer) {
    model.addAttribute("methods", library.methods());
    model.addAttribute("canWrite", PracticesAccess.mayWriteMethods(viewer));
    return "practices/library";
  }

  @GetMapping("/methods/{id}")
  String method(@PathVariable long id, Model model, CurrentUser viewer) {
    MethodView method = library.method(id);
    model.addAttribute("method", method);
    model.addAttribute(
        "templateNames",
        archive.templateNames(
            method.phases().stream()
                .flatMap(p -> p.deliverables().stream())
                .map(MethodData.DeliverableData::templateId)
                .filter(java.util.Objects::nonNull)
                .toList()));
    model.addAttribute("canWrite", PracticesAccess.mayWriteMethods(viewer));
    model.addAttribute("fromLessons", promotions.into(PromotionTarget.METHOD, id, viewer));
    historyPanel.addTo(model, "method", id);
    return "practices/method";
  }

  @GetMapping("/methods/new")
  String newMethod(
      @RequestParam(required = false) Long lifecycleId, Model model, CurrentUser viewer) {
    PracticesAccess.requireMethodWriter(viewer);
    MethodForm form = new MethodForm();
    form.setLifecycleId(
        lifecycleId != null
            ? lifecycleId
            : current().stream().findFirst().map(LifecycleOutline::id).orElse(null));
    return form(model, form, null);
  }

  @GetMapping("/methods/{id}/edit")
  String edit(@PathVariable long id, Model model, RedirectAttributes redirect, CurrentUser viewer) {
    PracticesAccess.requireMethodWriter(viewer);
    MethodView method = library.method(id);
    return LibraryPages.editDraft(
        method,
        PAGE,
        "This version is "
            + method.status().label().toLowerCase()
            + " and frozen. Create a new version to change it.",
        redirect,
        () -> form(model, MethodForm.of(library.forEdit(id)), method));
  }

  /**
   * A new draft ({@code id} null) or the changes to one; {@code refresh} draws the form again for
   * the lifecycle chosen, without saving.
   */
  @PostMapping({"/methods", "/methods/{id}/edit"})
  String save(
      @PathVariable(required = false) Long id,
      @ModelAttribute("form") MethodForm form,
      BindingResult binding,
      @RequestParam(required = false) String refresh,
      Model model,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    PracticesAccess.requireMethodWriter(viewer);
    MethodView existing = id == null ? null : library.method(id);
    if (refresh != null) {
      return form(model, form, existing);
    }
    MethodData data = form.toData();
    Optional<MethodView> saved =
        FormErrors.validateAndAttempt(
            validator,
            data,
            binding,
            model,
            () -> DefinedEntries.save(library, id, data, form.editedVersion(), viewer));
    if (saved.isPresent()) {
      redirect.addFlashAttribute(
          "flash", id == null ? "Method " + saved.get().name() + " drafted." : "Method saved.");
      return "redirect:" + PAGE + saved.get().id();
    }
    return form(model, form, existing);
  }

  @PostMapping("/methods/{id}/publish")
  @OnStaleVersion(
      message = "Someone else changed this method meanwhile; it was not published. Here it is now.",
      redirect = "/practices/methods/{id}")
  String publish(
      @PathVariable long id,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    PracticesAccess.requireMethodWriter(viewer);
    return LibraryPages.publish(
        id, PAGE, redirect, () -> library.publish(id, EditForm.editedVersion(version), viewer));
  }

  @PostMapping("/methods/{id}/versions")
  String newVersion(@PathVariable long id, RedirectAttributes redirect, CurrentUser viewer) {
    PracticesAccess.requireMethodWriter(viewer);
    return LibraryPages.newVersion(id, PAGE, redirect, () -> library.newVersion(id, viewer));
  }

  private List<LifecycleOutline> current() {
    return governance.lifecycles().stream().filter(l -> !l.retired()).toList();
  }

  private String form(Model model, MethodForm form, MethodView existing) {
    LifecycleOutline lifecycle =
        form.getLifecycleId() == null
            ? null
            : governance.lifecycle(form.getLifecycleId()).orElse(null);
    model.addAttribute("form", form.following(lifecycle));
    model.addAttribute("method", existing);
    model.addAttribute(
        "lifecycles",
        governance.lifecycles().stream()
            .filter(l -> !l.retired() || lifecycle != null && l.id() == lifecycle.id())
            .toList());
    model.addAttribute("tiers", governance.tiers());
    model.addAttribute("documentTemplates", archive.libraryTemplates());
    return "practices/method-form";
  }
}
