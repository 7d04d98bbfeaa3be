package org.cairnpmo.practices.maturity;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.organization.OrganizationApi;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.history.web.HistoryPanel;
import org.cairnpmo.platform.web.EditForm;
import org.cairnpmo.platform.web.FlashActions;
import org.cairnpmo.platform.web.FormErrors;
import org.cairnpmo.platform.web.FormInput;
import org.cairnpmo.platform.web.OnStaleVersion;
import org.cairnpmo.platform.web.PageNav;
import org.cairnpmo.platform.web.Paging;
import org.springframework.data.domain.Page;
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
 * The maturity pages: the assessments with the organization's history, one assessment with its
 * results (radar chart and table) once closed, the form that opens one, and a questionnaire. The
 * services decide who may do what; the pages offer only what the viewer may do.
 */
@Controller
@RequestMapping(MaturityPageController.BASE)
record MaturityPageController(
    AssessmentService assessments,
    QuestionnaireService questionnaires,
    ImprovementActionService actions,
    IdentityApi identity,
    OrganizationApi organization,
    Validator validator,
    HistoryPanel historyPanel) {

  static final String BASE = "/practices/maturity";
  private static final int PAGE_SIZE = 20;

  @InitBinder
  void initBinder(WebDataBinder binder) {
    binder.setDisallowedFields("id");
  }

  /** The assessments, and the history of one scope: a department's, or the organization's. */
  @GetMapping
  String list(
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(required = false) String department,
      Model model,
      CurrentUser viewer) {
    // A department that is not there (an old link, a typed address) shows the organization's.
    Long departmentId = FormInput.id(department, "D", "department", "", new ArrayList<>());
    if (departmentId != null && !organization.departmentsById().containsKey(departmentId)) {
      departmentId = null;
    }
    Page<AssessmentViews.Summary> found =
        Paging.showing(
            page,
            PAGE_SIZE,
            AssessmentService.ORDER,
            p -> assessments.assessments(null, p, viewer));
    model.addAttribute("assessments", found);
    model.addAttribute(
        "pageNav", PageNav.of(found, PageNav.link(BASE, "department", departmentId)));
    model.addAttribute("history", assessments.history(departmentId));
    model.addAttribute("departmentId", departmentId);
    model.addAttribute("departments", organization.departments());
    model.addAttribute("questionnaires", questionnaires.questionnaires());
    model.addAttribute("canRun", MaturityAccess.mayRun(viewer));
    return "practices/maturity";
  }

  @GetMapping("/{id}")
  String assessment(@PathVariable long id, Model model, CurrentUser viewer) {
    AssessmentViews.Detail detail = assessments.assessment(id, viewer);
    model.addAttribute("a", detail);
    model.addAttribute("canRun", MaturityAccess.mayRun(viewer));
    if (detail.mayClose()) {
      Set<Long> invited =
          new HashSet<>(
              detail.respondents().stream().map(AssessmentViews.Progress::userId).toList());
      model.addAttribute(
          "uninvited",
          identity.activeUsers().stream().filter(p -> !invited.contains(p.id())).toList());
    }
    if (detail.closed()) {
      model.addAttribute("radar", radar(detail));
      if (detail.maySeeAnswers()) {
        model.addAttribute("sheet", assessments.answerSheet(id, viewer));
      }
      model.addAttribute("actions", actions.allOf(id));
      if (MaturityAccess.mayRun(viewer)) {
        model.addAttribute("actionForm", new ActionForm());
        model.addAttribute("people", identity.activeUsers());
        model.addAttribute("areas", MaturityArea.values());
        model.addAttribute("actionStatuses", ActionStatus.values());
      }
    }
    historyPanel.addTo(model, "maturity-assessment", id);
    return "practices/assessment";
  }

  @PostMapping("/{id}/respondents")
  @OnStaleVersion(
      message =
          "Someone else changed this assessment meanwhile; nobody was invited. Here it is now.",
      redirect = BASE + "/{id}")
  String invite(
      @PathVariable long id,
      @RequestParam(required = false) List<String> respondentIds,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    MaturityAccess.requireRunner(viewer);
    List<FieldProblem> problems = new ArrayList<>();
    List<Long> ids = new ArrayList<>();
    for (String value : respondentIds == null ? List.<String>of() : respondentIds) {
      Long person =
          FormInput.id(value, "U", "respondentIds", "Choose people from the list.", problems);
      if (person != null) {
        ids.add(person);
      }
    }
    try {
      FormInput.refuseAny(problems);
      AssessmentViews.Detail detail =
          assessments.invite(id, ids, EditForm.editedVersion(version), viewer);
      redirect.addFlashAttribute(
          "flash", "Invited. " + detail.respondents().size() + " people may answer now.");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute(
          "flashError",
          String.join(" ", e.problems().stream().map(FieldProblem::message).toList()));
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("flashError", e.getMessage());
    }
    return "redirect:" + BASE + "/" + id;
  }

  @PostMapping("/{id}/close")
  @OnStaleVersion(
      message =
          "Someone else changed this assessment meanwhile; it was not closed. Here it is now.",
      redirect = BASE + "/{id}")
  String close(
      @PathVariable long id,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    MaturityAccess.requireRunner(viewer);
    FlashActions.run(
            redirect, null, () -> assessments.close(id, EditForm.editedVersion(version), viewer))
        .ifPresent(
            closed ->
                redirect.addFlashAttribute(
                    "flash", "The assessment is closed; here are its results."));
    return "redirect:" + BASE + "/" + id;
  }

  @GetMapping("/new")
  String newAssessment(Model model, CurrentUser viewer) {
    MaturityAccess.requireRunner(viewer);
    AssessmentForm form = new AssessmentForm();
    questionnaires.questionnaires().stream()
        .findFirst()
        .ifPresent(q -> form.setQuestionnaireId(String.valueOf(q.id())));
    return form(model, form);
  }

  @PostMapping
  String open(
      @ModelAttribute("form") AssessmentForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    MaturityAccess.requireRunner(viewer);
    List<FieldProblem> problems = new ArrayList<>();
    AssessmentData data = form.toData(problems);
    FormErrors.reject(binding, problems);
    Optional<AssessmentViews.Detail> opened =
        FormErrors.validateAndAttempt(
            validator, data, binding, model, () -> assessments.open(data, viewer));
    if (opened.isPresent()) {
      redirect.addFlashAttribute(
          "flash",
          "Assessment opened: the "
              + opened.get().respondents().size()
              + " respondents may answer.");
      return "redirect:" + BASE + "/" + opened.get().id();
    }
    return form(model, form);
  }

  @GetMapping("/questionnaires/{id}")
  String questionnaire(@PathVariable long id, Model model, CurrentUser viewer) {
    model.addAttribute("q", questionnaires.questionnaire(id));
    historyPanel.addTo(model, "maturity-questionnaire", id);
    model.addAttribute("canRun", MaturityAccess.mayRun(viewer));
    model.addAttribute("levels", MaturityLevel.values());
    return "practices/questionnaire";
  }

  private String form(Model model, AssessmentForm form) {
    model.addAttribute("form", form);
    model.addAttribute("questionnaireList", questionnaires.questionnaires());
    model.addAttribute("departments", organization.departments());
    model.addAttribute("people", identity.activeUsers());
    return "practices/assessment-form";
  }

  /** The radar of the results, with the previous assessment of the same scope dashed behind. */
  private static String radar(AssessmentViews.Detail detail) {
    List<MaturityArea> areas = Arrays.asList(MaturityArea.values());
    List<RadarChart.Series> series = new ArrayList<>();
    series.add(
        new RadarChart.Series(
            detail.name(), areas.stream().map(detail.results()::meanOf).toList(), false));
    if (detail.previous() != null) {
      series.add(
          new RadarChart.Series(
              detail.previous().name(),
              areas.stream().map(detail.previous().results()::meanOf).toList(),
              true));
    }
    return RadarChart.svg(
        "Maturity per area: " + detail.name(),
        areas.stream().map(MaturityArea::label).toList(),
        series);
  }
}
