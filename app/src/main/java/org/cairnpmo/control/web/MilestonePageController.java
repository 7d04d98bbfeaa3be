package org.cairnpmo.control.web;

import java.util.Optional;
import org.cairnpmo.control.MilestoneView;
import org.cairnpmo.control.domain.ControlAccess;
import org.cairnpmo.control.domain.MilestoneData;
import org.cairnpmo.control.domain.MilestoneService;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.history.web.HistoryPanel;
import org.cairnpmo.platform.web.OnStaleVersion;
import org.cairnpmo.projects.ProjectView;
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
 * Planning and moving a project's milestones from its status page. The list itself is a section of
 * the status page; adding or editing one that does not save shows the milestone form with the
 * problems next to the fields.
 */
@Controller
record MilestonePageController(
    MilestoneService milestones, ControlAccess access, StatusForms forms, HistoryPanel history) {

  private static final String STALE =
      "Someone else changed this milestone while you were working on it, so your change was not"
          + " saved. Here it is as it is now; apply your change again.";

  @GetMapping("/projects/{projectId}/milestones")
  String list(@PathVariable long projectId) {
    return "redirect:/projects/" + projectId + "/status#milestones";
  }

  @GetMapping("/projects/{projectId}/milestones/new")
  String newMilestone(@PathVariable long projectId, CurrentUser editor, Model model) {
    ProjectView project = access.plannedBy(projectId, editor);
    PageErrors.showForm(model, "form", new MilestoneData(null, null, null, null, null));
    return formPage(project, null, model);
  }

  @PostMapping("/projects/{projectId}/milestones")
  String create(
      @PathVariable long projectId,
      @ModelAttribute("form") MilestoneData form,
      BindingResult binding,
      CurrentUser editor,
      Model model,
      RedirectAttributes redirect) {
    ProjectView project = access.plannedBy(projectId, editor);
    SubmittedForm<MilestoneData> submitted =
        forms.read(form, MilestoneData.class, "form", binding, model);
    Optional<MilestoneView> saved = submitted.save(f -> milestones.create(projectId, f, editor));
    if (saved.isPresent()) {
      redirect.addFlashAttribute("flash", "Milestone added: " + saved.get().name() + ".");
      return back(projectId);
    }
    submitted.errors().addTo(model);
    return formPage(project, null, model);
  }

  @GetMapping("/projects/{projectId}/milestones/{milestoneId}/edit")
  String edit(
      @PathVariable long projectId,
      @PathVariable long milestoneId,
      CurrentUser editor,
      Model model) {
    ProjectView project = access.plannedBy(projectId, editor);
    MilestoneView milestone = milestones.get(projectId, milestoneId, editor);
    PageErrors.showForm(model, "form", data(milestone));
    return formPage(project, milestone, model);
  }

  @PostMapping("/projects/{projectId}/milestones/{milestoneId}/edit")
  String update(
      @PathVariable long projectId,
      @PathVariable long milestoneId,
      @ModelAttribute("form") MilestoneData form,
      BindingResult binding,
      CurrentUser editor,
      Model model,
      RedirectAttributes redirect) {
    ProjectView project = access.plannedBy(projectId, editor);
    MilestoneView milestone = milestones.get(projectId, milestoneId, editor);
    SubmittedForm<MilestoneData> submitted =
        forms.readEdit(form, MilestoneData.class, "form", binding, model, MilestoneData::version);
    Optional<MilestoneView> saved =
        submitted.saveEdit(
            binding,
            model,
            STALE,
            f -> milestones.update(projectId, milestoneId, f, f.version(), editor));
    if (saved.isPresent()) {
      redirect.addFlashAttribute("flash", "Milestone saved: " + saved.get().name() + ".");
      return back(projectId);
    }
    MilestoneView shown =
        submitted.notSaved(
            model,
            milestone,
            () -> milestones.get(projectId, milestoneId, editor),
            MilestonePageController::data);
    return formPage(project, shown, model);
  }

  @OnStaleVersion(message = STALE, redirect = "/projects/{projectId}/status#milestones")
  @PostMapping("/projects/{projectId}/milestones/{milestoneId}/complete")
  String complete(
      @PathVariable long projectId,
      @PathVariable long milestoneId,
      @RequestParam long version,
      RedirectAttributes redirect,
      CurrentUser editor) {
    try {
      MilestoneView done = milestones.complete(projectId, milestoneId, null, version, editor);
      redirect.addFlashAttribute(
          "flash",
          "Milestone completed: "
              + done.name()
              + " ("
              + MilestoneFormat.INSTANCE.slip(done)
              + ").");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", e.problems().get(0).message());
    }
    return back(projectId);
  }

  @OnStaleVersion(
      message = "Someone else changed this milestone meanwhile; it was not removed.",
      redirect = "/projects/{projectId}/status#milestones")
  @PostMapping("/projects/{projectId}/milestones/{milestoneId}/delete")
  String delete(
      @PathVariable long projectId,
      @PathVariable long milestoneId,
      @RequestParam long version,
      RedirectAttributes redirect,
      CurrentUser editor) {
    MilestoneView milestone = milestones.get(projectId, milestoneId, editor);
    milestones.delete(projectId, milestoneId, version, editor);
    redirect.addFlashAttribute("flash", "Milestone removed: " + milestone.name() + ".");
    return back(projectId);
  }

  private String formPage(ProjectView project, MilestoneView milestone, Model model) {
    model.addAttribute("project", project);
    model.addAttribute("milestone", milestone);
    model.addAttribute("slip", MilestoneFormat.INSTANCE);
    // A milestone has no page of its own: its edit form shows its history.
    if (milestone != null) {
      history.addTo(model, "milestone", milestone.id());
    }
    return "control/milestones-form";
  }

  private static String back(long projectId) {
    return "redirect:/projects/" + projectId + "/status#milestones";
  }

  private static MilestoneData data(MilestoneView m) {
    return new MilestoneData(
        m.name(), m.baselineDate(), m.forecastDate(), m.completedDate(), m.version());
  }
}
