package org.cairnpmo.practices.templates.web;

import jakarta.validation.Validator;
import java.util.Optional;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.Role;
import org.cairnpmo.organization.OrganizationApi;
import org.cairnpmo.platform.web.EditForm;
import org.cairnpmo.platform.web.FlashActions;
import org.cairnpmo.platform.web.FormErrors;
import org.cairnpmo.platform.web.OnStaleVersion;
import org.cairnpmo.practices.templates.NewProjectData;
import org.cairnpmo.practices.templates.ProjectTemplates;
import org.cairnpmo.practices.templates.TemplateInstantiation;
import org.cairnpmo.practices.templates.TemplateLibrary;
import org.cairnpmo.practices.templates.TemplatePush;
import org.cairnpmo.practices.templates.TemplateView;
import org.cairnpmo.projects.ProjectAccess;
import org.cairnpmo.projects.ProjectView;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A new project from a template (one form, one step), and a project's "Template" page: the version
 * it follows, its checklist and documents, and the template changes waiting for its manager.
 */
@Controller
record ProjectTemplatePageController(
    TemplateLibrary library,
    TemplateInstantiation instantiation,
    ProjectTemplates templates,
    TemplatePush push,
    OrganizationApi organization,
    IdentityApi identity,
    Validator validator) {

  @GetMapping("/practices/templates/{id}/projects/new")
  String newProject(@PathVariable long id, Model model, CurrentUser viewer) {
    requireRegistrar(viewer);
    return form(model, library.template(id), null, viewer);
  }

  @PostMapping("/practices/templates/{id}/projects")
  String create(
      @PathVariable long id,
      @ModelAttribute("form") NewProjectForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    requireRegistrar(viewer);
    NewProjectData data = form.toData();
    FormErrors.validate(validator, data, binding);
    if (data.plannedStart() != null
        && data.plannedFinish() != null
        && data.plannedFinish().isBefore(data.plannedStart())) {
      binding.rejectValue("plannedFinish", "invalid", "The finish cannot be before the start.");
    }
    Optional<ProjectView> created =
        FormErrors.attempt(
            binding, model, "conflict", () -> instantiation.create(id, data, viewer));
    if (created.isPresent()) {
      redirect.addFlashAttribute(
          "flash",
          "Project "
              + created.get().code()
              + " created from "
              + library.template(id).label()
              + ", with everything the template holds.");
      return "redirect:/projects/" + created.get().id() + "/template";
    }
    return form(model, library.template(id), form, viewer);
  }

  @GetMapping("/projects/{projectId}/template")
  String project(@PathVariable long projectId, Model model, CurrentUser viewer) {
    model.addAttribute("followed", templates.followed(projectId, viewer));
    model.addAttribute("changes", push.changes(projectId, viewer));
    return "practices/project-template";
  }

  @PostMapping("/projects/{projectId}/template/changes/{changeId}/{decision:accept|decline}")
  @OnStaleVersion(
      message = "Someone decided this change meanwhile. Here is where it stands now.",
      redirect = "/projects/{projectId}/template")
  String decide(
      @PathVariable long projectId,
      @PathVariable long changeId,
      @PathVariable String decision,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    long expected = EditForm.editedVersion(version);
    FlashActions.run(
            redirect,
            null,
            () ->
                decision.equals("accept")
                    ? push.accept(projectId, changeId, expected, viewer)
                    : push.decline(projectId, changeId, expected, viewer))
        .ifPresent(
            change ->
                redirect.addFlashAttribute(
                    "flash",
                    (decision.equals("accept") ? "Accepted: " : "Declined: ")
                        + change.summary()
                        + (change.outcome() == null ? "" : ". " + change.outcome())));
    return "redirect:/projects/" + projectId + "/template";
  }

  @PostMapping("/projects/{projectId}/template/items/{itemId}")
  @OnStaleVersion(
      message = "Someone changed this item meanwhile. Here it is now.",
      redirect = "/projects/{projectId}/template")
  String tick(
      @PathVariable long projectId,
      @PathVariable long itemId,
      @RequestParam boolean done,
      @RequestParam(required = false) Long version,
      CurrentUser viewer) {
    templates.tick(projectId, itemId, done, EditForm.editedVersion(version), viewer);
    return "redirect:/projects/" + projectId + "/template";
  }

  private static void requireRegistrar(CurrentUser viewer) {
    if (!ProjectAccess.canRegister(viewer)) {
      throw new AccessDeniedException("Only the PMO and project managers register projects");
    }
  }

  private String form(Model model, TemplateView t, NewProjectForm form, CurrentUser viewer) {
    model.addAttribute("template", t);
    NewProjectForm shown = form;
    if (shown == null) {
      shown = new NewProjectForm();
      shown.setDescription(t.description());
      shown.setManagerId(viewer.governsAllProjects() ? null : viewer.id());
    }
    model.addAttribute("form", shown);
    model.addAttribute("departments", organization.departments());
    model.addAttribute("managers", identity.activeUsersWithRole(Role.PROJECT_MANAGER));
    model.addAttribute("people", identity.activeUsers());
    model.addAttribute("mayChooseManager", viewer.governsAllProjects());
    return "practices/template-project-form";
  }
}
