package org.cairnpmo.control.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cairnpmo.control.StatusReportView;
import org.cairnpmo.control.domain.CadenceView;
import org.cairnpmo.control.domain.ControlAccess;
import org.cairnpmo.control.domain.ReportCadences;
import org.cairnpmo.control.domain.ReportPeriod;
import org.cairnpmo.control.domain.ReviewData;
import org.cairnpmo.control.domain.StatusReportData;
import org.cairnpmo.control.domain.StatusReportService;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.BusinessRuleException;
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

/** Writing a status report, submitting it for review, and the PMO's review of it. */
@Controller
record StatusReportPageController(
    StatusReportService reports,
    ReportCadences cadences,
    ControlAccess access,
    StatusForms forms,
    ControlFormat fmt,
    HistoryPanel historyPanel) {

  static final String STALE =
      "Someone else changed this report while you were working on it, so your change was not"
          + " saved. Here is the current version; check it and apply your change again.";

  @GetMapping("/projects/{projectId}/status/new")
  String newReport(
      @PathVariable long projectId,
      @RequestParam(required = false) LocalDate periodStart,
      CurrentUser author,
      Model model) {
    ProjectView project = access.reportedBy(projectId, author);
    ReportPeriod period =
        periodStart == null
            ? cadences.suggestedPeriod(projectId, author)
            : new ReportPeriod(periodStart, periodStart.plusDays(6), null);
    // Start from the suggestions: the author changes what they judge differently.
    var suggestions = reports.suggestions(projectId, author);
    PageErrors.showForm(
        model, "form", StatusReportData.rated(period.start(), period.end(), suggestions::rating));
    return formPage(project, null, author, model);
  }

  @PostMapping("/projects/{projectId}/status/new")
  String createReport(
      @PathVariable long projectId,
      @ModelAttribute("form") StatusReportData form,
      BindingResult binding,
      @RequestParam(defaultValue = "save") String action,
      CurrentUser author,
      Model model,
      RedirectAttributes redirect) {
    ProjectView project = access.reportedBy(projectId, author);
    SubmittedForm<StatusReportData> submitted =
        forms.read(form, StatusReportData.class, "form", binding, model);
    boolean submit = "submit".equals(action);
    Optional<StatusReportView> saved =
        submitted.save(f -> reports.create(projectId, f, submit, author));
    if (saved.isPresent()) {
      redirect.addFlashAttribute("flash", saved(saved.get(), submit));
      return "redirect:/projects/" + projectId + "/status/reports/" + saved.get().id();
    }
    submitted.errors().addTo(model);
    return formPage(project, null, author, model);
  }

  @GetMapping("/projects/{projectId}/status/reports/{reportId}/edit")
  String editReport(
      @PathVariable long projectId,
      @PathVariable long reportId,
      CurrentUser author,
      Model model,
      RedirectAttributes redirect) {
    ProjectView project = access.reportedBy(projectId, author);
    StatusReportView report = reports.get(projectId, reportId, author);
    if (!report.editable()) {
      redirect.addFlashAttribute(
          "flashError",
          "This report is "
              + report.status().label().toLowerCase(Locale.ROOT)
              + "; only a draft can be changed.");
      return "redirect:/projects/" + projectId + "/status/reports/" + reportId;
    }
    PageErrors.showForm(model, "form", data(report));
    return formPage(project, report, author, model);
  }

  @PostMapping("/projects/{projectId}/status/reports/{reportId}/edit")
  String updateReport(
      @PathVariable long projectId,
      @PathVariable long reportId,
      @ModelAttribute("form") StatusReportData form,
      BindingResult binding,
      @RequestParam(defaultValue = "save") String action,
      CurrentUser author,
      Model model,
      RedirectAttributes redirect) {
    ProjectView project = access.reportedBy(projectId, author);
    StatusReportView report = reports.get(projectId, reportId, author);
    SubmittedForm<StatusReportData> submitted =
        forms.readEdit(
            form, StatusReportData.class, "form", binding, model, StatusReportData::version);
    boolean submit = "submit".equals(action);
    String back = "redirect:/projects/" + projectId + "/status/reports/" + reportId;
    Optional<StatusReportView> saved =
        submitted.saveEdit(
            binding,
            model,
            STALE,
            f -> reports.update(projectId, reportId, f, f.version(), submit, author));
    if (saved.isPresent()) {
      redirect.addFlashAttribute("flash", saved(saved.get(), submit));
      return back;
    }
    Optional<String> refused = SubmittedForm.refusal(binding);
    if (refused.isPresent()) {
      redirect.addFlashAttribute("flashError", refused.get());
      return back;
    }
    StatusReportView shown =
        submitted.notSaved(
            model,
            report,
            () -> reports.get(projectId, reportId, author),
            StatusReportPageController::data);
    return formPage(project, shown, author, model);
  }

  private String formPage(
      ProjectView project, StatusReportView report, CurrentUser author, Model model) {
    model.addAttribute("project", project);
    model.addAttribute("report", report);
    model.addAttribute("suggestions", reports.suggestions(project.id(), author));
    CadenceView cadence = cadences.cadence(project.id(), author);
    model.addAttribute("cadence", cadence);
    if (report == null && cadence.isSet()) {
      List<ReportPeriod> choices =
          new ArrayList<>(cadences.recentPeriods(project.id(), 12, author));
      model.addAttribute("periodChoices", choices);
    }
    return "control/report-form";
  }

  private String saved(StatusReportView report, boolean submitted) {
    return submitted
        ? "Report for "
            + fmt.period(report.periodStart(), report.periodEnd())
            + " submitted for review."
        : "Draft saved. Submit it when it is ready.";
  }

  static StatusReportData data(StatusReportView r) {
    return StatusReportData.of(
        r.periodStart(),
        r.periodEnd(),
        dimension -> r.rating(dimension).rating(),
        dimension -> r.rating(dimension).reason(),
        new StatusReportData.Texts(
            r.summary(), r.accomplishments(), r.nextSteps(), r.decisionsNeeded()),
        r.version());
  }

  // ---------------------------------------------------------------- one report

  @GetMapping("/projects/{projectId}/status/reports/{reportId}")
  String report(
      @PathVariable long projectId, @PathVariable long reportId, CurrentUser viewer, Model model) {
    ProjectView project = access.project(projectId, viewer);
    model.addAttribute("project", project);
    model.addAttribute("report", reports.get(projectId, reportId, viewer));
    if (!model.containsAttribute("errors")) {
      PageErrors.none(model);
    }
    historyPanel.addTo(model, "status-report", reportId);
    return "control/report";
  }

  @OnStaleVersion(message = STALE, redirect = "/projects/{projectId}/status/reports/{reportId}")
  @PostMapping("/projects/{projectId}/status/reports/{reportId}/submit")
  String submit(
      @PathVariable long projectId,
      @PathVariable long reportId,
      @RequestParam long version,
      RedirectAttributes redirect,
      CurrentUser author) {
    String back = "redirect:/projects/" + projectId + "/status/reports/" + reportId;
    try {
      reports.submit(projectId, reportId, version, author);
      redirect.addFlashAttribute("flash", "Report submitted for review.");
      return back;
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute(
          "flashError",
          "The report cannot be submitted yet: "
              + String.join(" ", e.problems().stream().map(p -> p.message()).toList()));
      return "redirect:/projects/" + projectId + "/status/reports/" + reportId + "/edit";
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("flashError", e.getMessage());
      return back;
    }
  }

  @OnStaleVersion(message = STALE, redirect = "/projects/{projectId}/status/reports/{reportId}")
  @PostMapping("/projects/{projectId}/status/reports/{reportId}/review")
  String review(
      @PathVariable long projectId,
      @PathVariable long reportId,
      @ModelAttribute("review") ReviewData form,
      BindingResult binding,
      CurrentUser reviewer,
      Model model,
      RedirectAttributes redirect) {
    access.project(projectId, reviewer);
    ControlAccess.requireReviewer(reviewer);
    String back = "redirect:/projects/" + projectId + "/status/reports/" + reportId;
    SubmittedForm<ReviewData> submitted =
        forms.readEdit(form, ReviewData.class, "review", binding, model, ReviewData::version);
    try {
      Optional<StatusReportView> reviewed =
          submitted.saveFields(f -> reports.review(projectId, reportId, f, f.version(), reviewer));
      if (reviewed.isPresent()) {
        redirect.addFlashAttribute(
            "flash",
            submitted.form().outcome() == ReviewData.Outcome.RETURNED
                ? "Report returned to its author with your comment."
                : "Report reviewed.");
        return back;
      }
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("flashError", e.getMessage());
      return back;
    }
    submitted.errors().addTo(model);
    return report(projectId, reportId, reviewer, model);
  }
}
