package org.cairnpmo.control.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cairnpmo.control.StatusReportView;
import org.cairnpmo.control.domain.Cadence;
import org.cairnpmo.control.domain.CadenceData;
import org.cairnpmo.control.domain.CadenceView;
import org.cairnpmo.control.domain.ControlAccess;
import org.cairnpmo.control.domain.MilestoneService;
import org.cairnpmo.control.domain.ReportCadences;
import org.cairnpmo.control.domain.StatusReportService;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.web.OnStaleVersion;
import org.cairnpmo.projects.ProjectView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A project's status page: its latest report, trends, history, milestones and reporting cadence.
 * Every rule is the services'; this class turns their answers into the page.
 */
@Controller
record StatusPageController(
    StatusReportService reports,
    ReportCadences cadences,
    ControlAccess access,
    StatusForms forms,
    MilestoneService milestones,
    ControlFormat fmt) {

  @GetMapping("/projects/{projectId}/status")
  String status(@PathVariable long projectId, CurrentUser viewer, Model model) {
    ProjectView project = access.project(projectId, viewer);
    CadenceView cadence = cadences.cadence(projectId, viewer);
    List<StatusReportView> history = reports.list(projectId, null, 0, 200, viewer).getContent();
    model.addAttribute("project", project);
    model.addAttribute("cadence", cadence);
    model.addAttribute("cadences", Cadence.values());
    model.addAttribute("history", history);
    model.addAttribute(
        "latest", history.stream().filter(r -> r.status().isDelivered()).findFirst().orElse(null));
    model.addAttribute(
        "draft", history.stream().filter(r -> !r.status().isDelivered()).findFirst().orElse(null));
    model.addAttribute("canReport", cadence.editable());
    model.addAttribute("suggestions", reports.suggestions(projectId, viewer));
    model.addAttribute("milestones", milestones.list(projectId, viewer));
    model.addAttribute("canPlan", MilestoneService.mayChange(project, viewer));
    model.addAttribute("slip", MilestoneFormat.INSTANCE);
    PageErrors.showForm(
        model,
        "cadenceForm",
        new CadenceData(
            cadence.isSet() ? cadence.cadence() : Cadence.WEEKLY,
            cadence.isSet() ? cadence.startsOn() : null,
            cadence.dueDays(),
            cadence.version()));
    return "control/status";
  }

  @OnStaleVersion(
      message = "Someone else changed the cadence meanwhile; here it is as it is now.",
      redirect = "/projects/{projectId}/status")
  @PostMapping("/projects/{projectId}/status/cadence")
  String setCadence(
      @PathVariable long projectId,
      @ModelAttribute("cadenceForm") CadenceData form,
      BindingResult binding,
      CurrentUser editor,
      Model model,
      RedirectAttributes redirect) {
    SubmittedForm<CadenceData> submitted =
        forms.read(form, CadenceData.class, "cadenceForm", binding, model);
    Optional<CadenceView> saved =
        submitted.save(f -> cadences.setCadence(projectId, f, f.version(), editor));
    if (saved.isPresent()) {
      redirect.addFlashAttribute(
          "flash",
          "The project now reports "
              + saved.get().cadence().label().toLowerCase(Locale.ROOT)
              + ", from "
              + fmt.day(saved.get().startsOn())
              + "; each report is due "
              + fmt.days(saved.get().dueDays())
              + " after its period.");
      return "redirect:/projects/" + projectId + "/status";
    }
    submitted.errors().addTo(model);
    return status(projectId, editor, model);
  }
}
