package org.cairnpmo.practices.templates.web;

import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import org.cairnpmo.archive.ArchiveApi;
import org.cairnpmo.governance.GovernanceApi;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.history.web.HistoryPanel;
import org.cairnpmo.platform.web.EditForm;
import org.cairnpmo.platform.web.FlashActions;
import org.cairnpmo.platform.web.FormErrors;
import org.cairnpmo.platform.web.OnStaleVersion;
import org.cairnpmo.practices.MethodStatus;
import org.cairnpmo.practices.PromotionTarget;
import org.cairnpmo.practices.domain.DefinedEntries;
import org.cairnpmo.practices.domain.LessonPromotionService;
import org.cairnpmo.practices.domain.MethodService;
import org.cairnpmo.practices.domain.PracticesAccess;
import org.cairnpmo.practices.templates.TemplateData;
import org.cairnpmo.practices.templates.TemplateLibrary;
import org.cairnpmo.practices.templates.TemplatePush;
import org.cairnpmo.practices.templates.TemplateView;
import org.cairnpmo.practices.web.LibraryPages;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;
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
 * The project templates' pages: the list, one version with all it holds, the draft's form, and the
 * push of a published version to the projects that follow an earlier one. Everyone signed in reads;
 * the PMO and administrators write and push.
 */
@Controller
@RequestMapping("/practices/templates")
record TemplatePageController(
    TemplateLibrary library,
    TemplatePush push,
    LessonPromotionService promotions,
    MethodService methods,
    GovernanceApi governance,
    ArchiveApi archive,
    Validator validator,
    HistoryPanel history) {

  private static final String PAGE = "/practices/templates/";

  @InitBinder
  void initBinder(WebDataBinder binder) {
    binder.setDisallowedFields("id");
  }

  @GetMapping
  String templates(Model model, CurrentUser viewer) {
    model.addAttribute("templates", library.templates());
    model.addAttribute("canWrite", PracticesAccess.mayWriteMethods(viewer));
    return "practices/templates";
  }

  @GetMapping("/{id}")
  String template(@PathVariable long id, Model model, CurrentUser viewer) {
    TemplateView t = library.template(id);
    model.addAttribute("template", t);
    history.addTo(model, "project-template", id);
    model.addAttribute("versions", library.versions(t.lineageId()));
    model.addAttribute("canWrite", PracticesAccess.mayWriteMethods(viewer));
    model.addAttribute("candidates", t.published() ? push.candidates(id, viewer) : List.of());
    model.addAttribute("fromLessons", promotions.into(PromotionTarget.TEMPLATE, id, viewer));
    model.addAttribute("canRegister", org.cairnpmo.projects.ProjectAccess.canRegister(viewer));
    model.addAttribute(
        "documentTemplates",
        archive.templateNames(
            t.content().documents().stream()
                .map(org.cairnpmo.practices.templates.TemplateContent.DocumentItem::templateId)
                .filter(java.util.Objects::nonNull)
                .toList()));
    return "practices/template";
  }

  @GetMapping("/new")
  String newTemplate(Model model, CurrentUser viewer) {
    PracticesAccess.requireMethodWriter(viewer);
    TemplateForm form = new TemplateForm();
    form.setPriority(Priority.MEDIUM);
    form.setReportingCadence("MONTHLY");
    return form(model, form, null);
  }

  @GetMapping("/{id}/edit")
  String edit(@PathVariable long id, Model model, RedirectAttributes redirect, CurrentUser viewer) {
    PracticesAccess.requireMethodWriter(viewer);
    TemplateView t = library.template(id);
    return LibraryPages.editDraft(
        t,
        PAGE,
        "This version is frozen. Create a new version to change it.",
        redirect,
        () -> form(model, TemplateForm.of(t), t));
  }

  @PostMapping({"", "/{id}/edit"})
  String save(
      @PathVariable(required = false) Long id,
      @ModelAttribute("form") TemplateForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    PracticesAccess.requireMethodWriter(viewer);
    TemplateView existing = id == null ? null : library.template(id);
    TemplateData data = form.toData();
    if (!form.getLineProblems().isEmpty()) {
      FormErrors.reject(binding, form.getLineProblems());
    } else {
      FormErrors.reject(binding, form.onForm(FormErrors.problems(validator, data)));
    }
    Optional<TemplateView> saved =
        FormErrors.attempt(
            binding,
            model,
            "conflict",
            () -> {
              try {
                return DefinedEntries.save(
                    library, id, data, EditForm.editedVersion(form.getVersion()), viewer);
              } catch (InvalidInputException e) {
                throw new InvalidInputException(form.onForm(e.problems()));
              }
            });
    if (saved.isPresent()) {
      redirect.addFlashAttribute(
          "flash", id == null ? "Template " + saved.get().name() + " drafted." : "Template saved.");
      return "redirect:" + PAGE + saved.get().id();
    }
    return form(model, form, existing);
  }

  @PostMapping("/{id}/publish")
  @OnStaleVersion(
      message =
          "Someone else changed this template meanwhile; it was not published. Here it is now.",
      redirect = "/practices/templates/{id}")
  String publish(
      @PathVariable long id,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    PracticesAccess.requireMethodWriter(viewer);
    return LibraryPages.publish(
        id, PAGE, redirect, () -> library.publish(id, EditForm.editedVersion(version), viewer));
  }

  @PostMapping("/{id}/versions")
  String newVersion(@PathVariable long id, RedirectAttributes redirect, CurrentUser viewer) {
    PracticesAccess.requireMethodWriter(viewer);
    return LibraryPages.newVersion(id, PAGE, redirect, () -> library.newVersion(id, viewer));
  }

  /** Offers the version's changes to the projects ticked (none ticked: nothing is pushed). */
  @PostMapping("/{id}/push")
  String push(
      @PathVariable long id,
      @RequestParam(name = "projectIds", required = false) List<Long> projectIds,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    PracticesAccess.requireMethodWriter(viewer);
    if (projectIds == null || projectIds.isEmpty()) {
      redirect.addFlashAttribute("flashError", "Tick the projects to push the changes to.");
      return "redirect:" + PAGE + id;
    }
    FlashActions.run(redirect, null, () -> push.push(id, projectIds, viewer))
        .ifPresent(
            pushed -> {
              int offered = pushed.stream().mapToInt(TemplatePush.Pushed::offered).sum();
              redirect.addFlashAttribute(
                  "flash",
                  "Pushed to "
                      + pushed.size()
                      + (pushed.size() == 1 ? " project: " : " projects: ")
                      + offered
                      + (offered == 1 ? " change" : " changes")
                      + " offered to their managers.");
            });
    return "redirect:" + PAGE + id;
  }

  private String form(Model model, TemplateForm form, TemplateView existing) {
    model.addAttribute("form", form);
    model.addAttribute("template", existing);
    model.addAttribute(
        "lifecycles", governance.lifecycles().stream().filter(l -> !l.retired()).toList());
    model.addAttribute(
        "methods",
        methods.methods().stream().filter(m -> m.status() == MethodStatus.PUBLISHED).toList());
    model.addAttribute("tiers", governance.tiers());
    model.addAttribute("categories", ProjectCategory.values());
    model.addAttribute("priorities", Priority.values());
    model.addAttribute("cadences", org.cairnpmo.control.ControlSetup.cadences());
    return "practices/template-form";
  }
}
