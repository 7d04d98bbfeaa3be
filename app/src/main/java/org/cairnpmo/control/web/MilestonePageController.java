package org.cairnpmo.control.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.io.IOException;
import org.cairnpmo.control.MilestoneData;
import org.cairnpmo.control.MilestoneView;
import org.cairnpmo.control.domain.ControlAccess;
import org.cairnpmo.control.domain.MilestoneService;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.StaleVersionException;
import org.cairnpmo.projects.ProjectView;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Planning and moving a project's milestones from its status page. The list itself is a section of
 * the status page; adding or editing one that does not save shows the milestone form with the
 * problems next to the fields.
 */
@Controller
class MilestonePageController {

  private static final String STALE =
      "Someone else changed this milestone while you were working on it, so your change was not"
          + " saved. Here it is as it is now; apply your change again.";

  private final MilestoneService milestones;
  private final ControlAccess access;
  private final IdentityApi identity;
  private final Validator validator;
  private final ConversionService conversion;

  MilestonePageController(
      MilestoneService milestones,
      ControlAccess access,
      IdentityApi identity,
      Validator validator,
      @Qualifier("mvcConversionService") ConversionService conversion) {
    this.milestones = milestones;
    this.access = access;
    this.identity = identity;
    this.validator = validator;
    this.conversion = conversion;
  }

  @InitBinder
  void initBinder(WebDataBinder binder) {
    binder.setDisallowedFields("id", "projectId");
  }

  @ModelAttribute("fmt")
  ControlFormat fmt() {
    return ControlFormat.INSTANCE;
  }

  @GetMapping("/projects/{projectId}/milestones")
  String list(@PathVariable long projectId) {
    return "redirect:/projects/" + projectId + "/status#milestones";
  }

  @GetMapping("/projects/{projectId}/milestones/new")
  String newMilestone(@PathVariable long projectId, Model model) {
    ProjectView project = writable(projectId);
    model.addAttribute("form", new MilestoneData(null, null, null, null, null));
    PageErrors.none(model);
    return formPage(project, null, model);
  }

  @PostMapping("/projects/{projectId}/milestones")
  String create(
      @PathVariable long projectId,
      @ModelAttribute("form") MilestoneData form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    CurrentUser editor = identity.requireCurrentUser();
    ProjectView project = writable(projectId);
    form = LenientForms.orRebuilt(form, MilestoneData.class, "form", model, conversion);
    PageErrors errors = PageErrors.of(binding).validate(validator, form);
    if (!errors.any()) {
      try {
        MilestoneView saved = milestones.create(projectId, form, editor);
        redirect.addFlashAttribute("flash", "Milestone added: " + saved.name() + ".");
        return back(projectId);
      } catch (InvalidInputException e) {
        errors.add(e);
      } catch (BusinessRuleException e) {
        errors.global(e.getMessage());
      }
    }
    errors.addTo(model);
    return formPage(project, null, model);
  }

  @GetMapping("/projects/{projectId}/milestones/{milestoneId}/edit")
  String edit(@PathVariable long projectId, @PathVariable long milestoneId, Model model) {
    CurrentUser editor = identity.requireCurrentUser();
    ProjectView project = writable(projectId);
    MilestoneView milestone = milestones.get(projectId, milestoneId, editor);
    model.addAttribute("form", data(milestone));
    PageErrors.none(model);
    return formPage(project, milestone, model);
  }

  @PostMapping("/projects/{projectId}/milestones/{milestoneId}/edit")
  String update(
      @PathVariable long projectId,
      @PathVariable long milestoneId,
      @ModelAttribute("form") MilestoneData form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    CurrentUser editor = identity.requireCurrentUser();
    ProjectView project = writable(projectId);
    MilestoneView milestone = milestones.get(projectId, milestoneId, editor);
    form = LenientForms.orRebuilt(form, MilestoneData.class, "form", model, conversion);
    PageErrors errors = PageErrors.of(binding).validate(validator, form);
    if (form.version() == null && !binding.hasErrors()) {
      errors.global("The form is missing the version it was based on. Reload the page.");
    }
    if (!errors.any()) {
      try {
        MilestoneView saved =
            milestones.update(projectId, milestoneId, form, form.version(), editor);
        redirect.addFlashAttribute("flash", "Milestone saved: " + saved.name() + ".");
        return back(projectId);
      } catch (StaleVersionException | ObjectOptimisticLockingFailureException e) {
        errors.global(STALE);
        milestone = milestones.get(projectId, milestoneId, editor);
        model.addAttribute("form", data(milestone));
      } catch (InvalidInputException e) {
        errors.add(e);
      } catch (BusinessRuleException e) {
        errors.global(e.getMessage());
      }
    }
    errors.addTo(model);
    return formPage(project, milestone, model);
  }

  @PostMapping("/projects/{projectId}/milestones/{milestoneId}/complete")
  String complete(
      @PathVariable long projectId,
      @PathVariable long milestoneId,
      @RequestParam long version,
      RedirectAttributes redirect) {
    CurrentUser editor = identity.requireCurrentUser();
    try {
      MilestoneView done = milestones.complete(projectId, milestoneId, null, version, editor);
      redirect.addFlashAttribute(
          "flash",
          "Milestone completed: "
              + done.name()
              + " ("
              + MilestoneFormat.INSTANCE.slip(done)
              + ").");
    } catch (StaleVersionException | ObjectOptimisticLockingFailureException e) {
      redirect.addFlashAttribute("flashError", STALE);
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", e.problems().get(0).message());
    }
    return back(projectId);
  }

  @PostMapping("/projects/{projectId}/milestones/{milestoneId}/delete")
  String delete(
      @PathVariable long projectId,
      @PathVariable long milestoneId,
      @RequestParam long version,
      RedirectAttributes redirect) {
    CurrentUser editor = identity.requireCurrentUser();
    try {
      MilestoneView milestone = milestones.get(projectId, milestoneId, editor);
      milestones.delete(projectId, milestoneId, version, editor);
      redirect.addFlashAttribute("flash", "Milestone removed: " + milestone.name() + ".");
    } catch (StaleVersionException | ObjectOptimisticLockingFailureException e) {
      redirect.addFlashAttribute(
          "flashError", "Someone else changed this milestone meanwhile; it was not removed.");
    }
    return back(projectId);
  }

  private String formPage(ProjectView project, MilestoneView milestone, Model model) {
    model.addAttribute("project", project);
    model.addAttribute("milestone", milestone);
    model.addAttribute("slip", MilestoneFormat.INSTANCE);
    return "control/milestones-form";
  }

  private ProjectView writable(long projectId) {
    CurrentUser editor = identity.requireCurrentUser();
    ProjectView project = access.project(projectId, editor);
    if (!ControlAccess.mayReport(project, editor)) {
      throw new AccessDeniedException(
          "Only the project's manager or the PMO plan and change its milestones");
    }
    return project;
  }

  private static String back(long projectId) {
    return "redirect:/projects/" + projectId + "/status#milestones";
  }

  private static MilestoneData data(MilestoneView m) {
    return new MilestoneData(
        m.name(), m.baselineDate(), m.forecastDate(), m.completedDate(), m.version());
  }

  @ExceptionHandler(NotFoundException.class)
  void notFound(HttpServletResponse response) throws IOException {
    response.sendError(HttpServletResponse.SC_NOT_FOUND);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  void badRequest(HttpServletResponse response) throws IOException {
    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
  }

  @ExceptionHandler(BusinessRuleException.class)
  String rule(
      BusinessRuleException e,
      RedirectAttributes redirect,
      jakarta.servlet.http.HttpServletRequest request) {
    redirect.addFlashAttribute("flashError", e.getMessage());
    String path = request.getRequestURI();
    int at = path.indexOf("/milestones");
    return "redirect:" + (at > 0 ? path.substring(0, at) + "/status" : "/status");
  }
}
