package org.cairnpmo.control.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cairnpmo.control.Cadence;
import org.cairnpmo.control.CadenceData;
import org.cairnpmo.control.CadenceView;
import org.cairnpmo.control.Comparison;
import org.cairnpmo.control.OverdueReport;
import org.cairnpmo.control.Rag;
import org.cairnpmo.control.RatingDimension;
import org.cairnpmo.control.RatingMetric;
import org.cairnpmo.control.RatingRuleData;
import org.cairnpmo.control.RatingRuleView;
import org.cairnpmo.control.ReportPeriod;
import org.cairnpmo.control.ReviewData;
import org.cairnpmo.control.StatusReportData;
import org.cairnpmo.control.StatusReportView;
import org.cairnpmo.control.domain.ControlAccess;
import org.cairnpmo.control.domain.MilestoneService;
import org.cairnpmo.control.domain.RatingRuleService;
import org.cairnpmo.control.domain.StatusReportService;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.StaleVersionException;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.projects.ProjectView;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
 * The status pages: a project's reports (latest, trends, history, cadence), writing and reviewing a
 * report, the status overview with overdue reports, and the PMO's rating rules. Every rule is the
 * services'; this class turns their answers into pages.
 */
@Controller
class StatusPageController {

  static final String STALE =
      "Someone else changed this report while you were working on it, so your change was not"
          + " saved. Here is the current version; check it and apply your change again.";

  private final StatusReportService reports;
  private final RatingRuleService rules;
  private final ControlAccess access;
  private final IdentityApi identity;
  private final StatusForms forms;
  private final MilestoneService milestones;
  private final ControlFormat fmt;

  StatusPageController(
      StatusReportService reports,
      RatingRuleService rules,
      ControlAccess access,
      IdentityApi identity,
      StatusForms forms,
      MilestoneService milestones,
      ControlFormat fmt) {
    this.fmt = fmt;
    this.milestones = milestones;
    this.reports = reports;
    this.rules = rules;
    this.access = access;
    this.identity = identity;
    this.forms = forms;
  }

  @ModelAttribute("dimensions")
  RatingDimension[] dimensions() {
    return RatingDimension.values();
  }

  @ModelAttribute("rags")
  Rag[] rags() {
    return Rag.values();
  }

  // ---------------------------------------------------------------- a project's status

  @GetMapping("/projects/{projectId}/status")
  String status(@PathVariable long projectId, Model model) {
    CurrentUser viewer = identity.requireCurrentUser();
    ProjectView project = access.project(projectId, viewer);
    CadenceView cadence = reports.cadence(projectId, viewer);
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
    if (!model.containsAttribute("cadenceForm")) {
      model.addAttribute(
          "cadenceForm",
          new CadenceData(
              cadence.isSet() ? cadence.cadence() : Cadence.WEEKLY,
              cadence.isSet() ? cadence.startsOn() : null,
              cadence.dueDays(),
              cadence.version()));
    }
    if (!model.containsAttribute("errors")) {
      PageErrors.none(model);
    }
    return "control/status";
  }

  @PostMapping("/projects/{projectId}/status/cadence")
  String setCadence(
      @PathVariable long projectId,
      @ModelAttribute("cadenceForm") CadenceData form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    CurrentUser editor = identity.requireCurrentUser();
    SubmittedForm<CadenceData> submitted =
        forms.read(form, CadenceData.class, "cadenceForm", binding, model);
    try {
      Optional<CadenceView> saved =
          submitted.save(f -> reports.setCadence(projectId, f, f.version(), editor));
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
    } catch (StaleVersionException | ObjectOptimisticLockingFailureException e) {
      redirect.addFlashAttribute(
          "flashError", "Someone else changed the cadence meanwhile; here it is as it is now.");
      return "redirect:/projects/" + projectId + "/status";
    }
    submitted.errors().addTo(model);
    return status(projectId, model);
  }

  // ---------------------------------------------------------------- writing a report

  @GetMapping("/projects/{projectId}/status/new")
  String newReport(
      @PathVariable long projectId,
      @RequestParam(required = false) LocalDate periodStart,
      Model model) {
    CurrentUser author = identity.requireCurrentUser();
    ProjectView project = writableProject(projectId, author);
    ReportPeriod period =
        periodStart == null
            ? reports.suggestedPeriod(projectId, author)
            : new ReportPeriod(periodStart, periodStart.plusDays(6), null);
    StatusReportData form = StatusReportData.blank(period.start(), period.end());
    // Start from the suggestions: the author changes what they judge differently.
    var suggestions = reports.suggestions(projectId, author);
    form =
        new StatusReportData(
            form.periodStart(),
            form.periodEnd(),
            suggestions.rating(RatingDimension.OVERALL),
            suggestions.rating(RatingDimension.SCHEDULE),
            suggestions.rating(RatingDimension.COST),
            suggestions.rating(RatingDimension.SCOPE),
            suggestions.rating(RatingDimension.RESOURCES),
            suggestions.rating(RatingDimension.RISK),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    model.addAttribute("form", form);
    PageErrors.none(model);
    return formPage(project, null, author, model);
  }

  @PostMapping("/projects/{projectId}/status/new")
  String createReport(
      @PathVariable long projectId,
      @ModelAttribute("form") StatusReportData form,
      BindingResult binding,
      @RequestParam(defaultValue = "save") String action,
      Model model,
      RedirectAttributes redirect) {
    CurrentUser author = identity.requireCurrentUser();
    ProjectView project = writableProject(projectId, author);
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
      Model model,
      RedirectAttributes redirect) {
    CurrentUser author = identity.requireCurrentUser();
    ProjectView project = writableProject(projectId, author);
    StatusReportView report = reports.get(projectId, reportId, author);
    if (!report.editable()) {
      redirect.addFlashAttribute(
          "flashError",
          "This report is "
              + report.status().label().toLowerCase(Locale.ROOT)
              + "; only a draft can be changed.");
      return "redirect:/projects/" + projectId + "/status/reports/" + reportId;
    }
    model.addAttribute("form", data(report));
    PageErrors.none(model);
    return formPage(project, report, author, model);
  }

  @PostMapping("/projects/{projectId}/status/reports/{reportId}/edit")
  String updateReport(
      @PathVariable long projectId,
      @PathVariable long reportId,
      @ModelAttribute("form") StatusReportData form,
      BindingResult binding,
      @RequestParam(defaultValue = "save") String action,
      Model model,
      RedirectAttributes redirect) {
    CurrentUser author = identity.requireCurrentUser();
    ProjectView project = writableProject(projectId, author);
    StatusReportView report = reports.get(projectId, reportId, author);
    SubmittedForm<StatusReportData> submitted =
        forms.readEdit(
            form, StatusReportData.class, "form", binding, model, StatusReportData::version);
    boolean submit = "submit".equals(action);
    String back = "redirect:/projects/" + projectId + "/status/reports/" + reportId;
    try {
      Optional<StatusReportView> saved =
          submitted.saveFields(
              f -> reports.update(projectId, reportId, f, f.version(), submit, author));
      if (saved.isPresent()) {
        redirect.addFlashAttribute("flash", saved(saved.get(), submit));
        return back;
      }
    } catch (StaleVersionException | ObjectOptimisticLockingFailureException e) {
      submitted.errors().global(STALE);
      report = reports.get(projectId, reportId, author);
      model.addAttribute("form", data(report));
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("flashError", e.getMessage());
      return back;
    }
    submitted.errors().addTo(model);
    return formPage(project, report, author, model);
  }

  private String formPage(
      ProjectView project, StatusReportView report, CurrentUser author, Model model) {
    model.addAttribute("project", project);
    model.addAttribute("report", report);
    model.addAttribute("suggestions", reports.suggestions(project.id(), author));
    CadenceView cadence = reports.cadence(project.id(), author);
    model.addAttribute("cadence", cadence);
    if (report == null && cadence.isSet()) {
      List<ReportPeriod> choices = new ArrayList<>(reports.recentPeriods(project.id(), 12, author));
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

  private ProjectView writableProject(long projectId, CurrentUser author) {
    ProjectView project = access.project(projectId, author);
    if (!ControlAccess.mayReport(project, author)) {
      throw new AccessDeniedException("Only the project's manager or the PMO write its reports");
    }
    return project;
  }

  static StatusReportData data(StatusReportView r) {
    return new StatusReportData(
        r.periodStart(),
        r.periodEnd(),
        r.rating(RatingDimension.OVERALL).rating(),
        r.rating(RatingDimension.SCHEDULE).rating(),
        r.rating(RatingDimension.COST).rating(),
        r.rating(RatingDimension.SCOPE).rating(),
        r.rating(RatingDimension.RESOURCES).rating(),
        r.rating(RatingDimension.RISK).rating(),
        r.rating(RatingDimension.OVERALL).reason(),
        r.rating(RatingDimension.SCHEDULE).reason(),
        r.rating(RatingDimension.COST).reason(),
        r.rating(RatingDimension.SCOPE).reason(),
        r.rating(RatingDimension.RESOURCES).reason(),
        r.rating(RatingDimension.RISK).reason(),
        r.summary(),
        r.accomplishments(),
        r.nextSteps(),
        r.decisionsNeeded(),
        r.version());
  }

  // ---------------------------------------------------------------- one report

  @GetMapping("/projects/{projectId}/status/reports/{reportId}")
  String report(@PathVariable long projectId, @PathVariable long reportId, Model model) {
    CurrentUser viewer = identity.requireCurrentUser();
    ProjectView project = access.project(projectId, viewer);
    model.addAttribute("project", project);
    model.addAttribute("report", reports.get(projectId, reportId, viewer));
    if (!model.containsAttribute("errors")) {
      PageErrors.none(model);
    }
    return "control/report";
  }

  @PostMapping("/projects/{projectId}/status/reports/{reportId}/submit")
  String submit(
      @PathVariable long projectId,
      @PathVariable long reportId,
      @RequestParam long version,
      RedirectAttributes redirect) {
    CurrentUser author = identity.requireCurrentUser();
    String back = "redirect:/projects/" + projectId + "/status/reports/" + reportId;
    try {
      reports.submit(projectId, reportId, version, author);
      redirect.addFlashAttribute("flash", "Report submitted for review.");
      return back;
    } catch (StaleVersionException | ObjectOptimisticLockingFailureException e) {
      redirect.addFlashAttribute("flashError", STALE);
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

  @PostMapping("/projects/{projectId}/status/reports/{reportId}/review")
  String review(
      @PathVariable long projectId,
      @PathVariable long reportId,
      @ModelAttribute("review") ReviewData form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    CurrentUser reviewer = identity.requireCurrentUser();
    access.project(projectId, reviewer);
    if (!ControlAccess.mayReview(reviewer)) {
      throw new AccessDeniedException("Only the PMO reviews status reports");
    }
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
    } catch (StaleVersionException | ObjectOptimisticLockingFailureException e) {
      redirect.addFlashAttribute("flashError", STALE);
      return back;
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("flashError", e.getMessage());
      return back;
    }
    submitted.errors().addTo(model);
    return report(projectId, reportId, model);
  }

  // ---------------------------------------------------------------- across projects

  /** The oldest submitted reports listed on the status overview; the count says how many wait. */
  static final int AWAITING_SHOWN = 25;

  @GetMapping("/status")
  String overview(Model model) {
    CurrentUser viewer = identity.requireCurrentUser();
    List<OverdueReport> overdue = reports.overdue(viewer, null);
    model.addAttribute("awaiting", reports.awaitingReview(viewer, AWAITING_SHOWN));
    model.addAttribute("awaitingCount", reports.awaitingReviewCount(viewer));
    model.addAttribute("overdue", overdue.stream().limit(10).toList());
    model.addAttribute("overdueCount", overdue.size());
    model.addAttribute("mine", reports.currentPeriods(viewer));
    model.addAttribute(
        "myOverdue",
        overdue.stream()
            .filter(o -> o.managerId() != null && o.managerId() == viewer.id())
            .toList());
    model.addAttribute("reviewer", ControlAccess.mayReview(viewer));
    model.addAttribute("portfolio", ControlAccess.seesPortfolio(viewer));
    return "control/overview";
  }

  /** Overdue reports are listed 50 to a page: across thousands of projects there can be many. */
  static final int OVERDUE_PAGE_SIZE = 50;

  @GetMapping("/status/overdue")
  String overdue(
      @RequestParam(defaultValue = "false") boolean mine,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    CurrentUser viewer = identity.requireCurrentUser();
    org.springframework.data.domain.Page<OverdueReport> found =
        Paging.showing(
            page,
            OVERDUE_PAGE_SIZE,
            p ->
                reports.overduePage(
                    viewer, mine ? viewer.id() : null, p.getPageNumber(), p.getPageSize()));
    model.addAttribute("overdue", found.getContent());
    model.addAttribute("results", found);
    model.addAttribute("mine", mine);
    return "control/overdue";
  }

  /** Every report waiting for review, 50 to a page, oldest first: the overview shows only 25. */
  @GetMapping("/status/awaiting")
  String awaiting(@RequestParam(defaultValue = "0") int page, Model model) {
    CurrentUser viewer = identity.requireCurrentUser();
    if (!ControlAccess.mayReview(viewer)) {
      throw new AccessDeniedException("Only the PMO and administrators review status reports");
    }
    org.springframework.data.domain.Page<StatusReportView> found =
        Paging.showing(
            page,
            OVERDUE_PAGE_SIZE,
            p -> reports.awaitingReview(viewer, p.getPageNumber(), p.getPageSize()));
    model.addAttribute("awaiting", found.getContent());
    model.addAttribute("results", found);
    return "control/awaiting";
  }

  // ---------------------------------------------------------------- rating rules

  @GetMapping("/status/rules")
  String rules(Model model) {
    CurrentUser viewer = identity.requireCurrentUser();
    if (!model.containsAttribute("ruleForm")) {
      model.addAttribute(
          "ruleForm",
          new RatingRuleData(null, Comparison.LT, null, Rag.AMBER, null, null, true, null));
    }
    if (!model.containsAttribute("errors")) {
      PageErrors.none(model);
    }
    return rulesPage(viewer, null, model);
  }

  private String rulesPage(CurrentUser viewer, RatingRuleView editing, Model model) {
    model.addAttribute("rules", rules.list());
    model.addAttribute("canManage", RatingRuleService.mayManage(viewer));
    model.addAttribute("metrics", RatingMetric.values());
    model.addAttribute("comparisons", Comparison.values());
    model.addAttribute("editing", editing);
    return "control/rules";
  }

  @PostMapping("/status/rules")
  String createRule(
      @ModelAttribute("ruleForm") RatingRuleData form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    CurrentUser editor = requireRuleManager();
    SubmittedForm<RatingRuleData> submitted =
        forms.read(form, RatingRuleData.class, "ruleForm", binding, model);
    Optional<RatingRuleView> saved = submitted.saveFields(f -> rules.define(withActive(f), editor));
    if (saved.isPresent()) {
      redirect.addFlashAttribute("flash", "Rule added: " + saved.get().text() + ".");
      return "redirect:/status/rules";
    }
    submitted.errors().addTo(model);
    return rulesPage(editor, null, model);
  }

  @GetMapping("/status/rules/{ruleId}")
  String editRule(@PathVariable long ruleId, Model model) {
    CurrentUser editor = requireRuleManager();
    RatingRuleView rule = rules.get(ruleId);
    model.addAttribute(
        "ruleForm",
        new RatingRuleData(
            rule.metric(),
            rule.comparison(),
            rule.threshold(),
            rule.rating(),
            rule.dimension(),
            rule.note(),
            rule.active(),
            rule.version()));
    PageErrors.none(model);
    return rulesPage(editor, rule, model);
  }

  @PostMapping("/status/rules/{ruleId}")
  String updateRule(
      @PathVariable long ruleId,
      @ModelAttribute("ruleForm") RatingRuleData form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    CurrentUser editor = requireRuleManager();
    RatingRuleView rule = rules.get(ruleId);
    SubmittedForm<RatingRuleData> submitted =
        forms.readEdit(
            form, RatingRuleData.class, "ruleForm", binding, model, RatingRuleData::version);
    try {
      Optional<RatingRuleView> saved =
          submitted.saveFields(f -> rules.revise(ruleId, withActive(f), f.version(), editor));
      if (saved.isPresent()) {
        redirect.addFlashAttribute("flash", "Rule saved: " + saved.get().text() + ".");
        return "redirect:/status/rules";
      }
    } catch (StaleVersionException | ObjectOptimisticLockingFailureException e) {
      redirect.addFlashAttribute(
          "flashError", "Someone else changed this rule meanwhile; here it is as it is now.");
      return "redirect:/status/rules/" + ruleId;
    }
    submitted.errors().addTo(model);
    return rulesPage(editor, rule, model);
  }

  /** An unticked checkbox sends nothing: on the edit form that means "not active". */
  private static RatingRuleData withActive(RatingRuleData form) {
    return new RatingRuleData(
        form.metric(),
        form.comparison(),
        form.threshold(),
        form.rating(),
        form.dimension(),
        form.note(),
        form.active() != null && form.active(),
        form.version());
  }

  @PostMapping("/status/rules/{ruleId}/delete")
  String deleteRule(
      @PathVariable long ruleId,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    CurrentUser editor = requireRuleManager();
    try {
      RatingRuleView rule = rules.get(ruleId);
      rules.delete(ruleId, version, editor);
      redirect.addFlashAttribute("flash", "Rule removed: " + rule.text() + ".");
    } catch (StaleVersionException e) {
      redirect.addFlashAttribute(
          "flashError", "Someone else changed this rule meanwhile; it was not removed.");
    }
    return "redirect:/status/rules";
  }

  private CurrentUser requireRuleManager() {
    CurrentUser user = identity.requireCurrentUser();
    if (!RatingRuleService.mayManage(user)) {
      throw new AccessDeniedException("Only the PMO changes the rating rules");
    }
    return user;
  }
}
