package org.cairnpmo.practices.maturity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.history.web.HistoryPanel;
import org.cairnpmo.platform.web.EditForm;
import org.cairnpmo.platform.web.FormInput;
import org.cairnpmo.platform.web.OnStaleVersion;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A respondent's page: the questions by area, each with the five levels and what they mean, saved
 * as a draft or submitted. Only the invited respondents reach it (the service refuses others).
 */
@Controller
@RequestMapping(MaturityPageController.BASE + "/{id}/answer")
record ResponsePageController(
    AssessmentService assessments, QuestionnaireService questionnaires, HistoryPanel history) {

  /** The form field of a question's level: {@code level-<question id>}. */
  static final String FIELD = "level-";

  @GetMapping
  String form(@PathVariable long id, Model model, CurrentUser viewer) {
    AssessmentViews.MyResponse mine = assessments.myResponse(id, viewer);
    return page(id, mine, Map.of(), List.of(), model, viewer);
  }

  @PostMapping
  @OnStaleVersion(
      message = "Your answers were saved from another window meanwhile; here they are now.",
      redirect = MaturityPageController.BASE + "/{id}/answer")
  String save(
      @PathVariable long id,
      @RequestParam Map<String, String> fields,
      @RequestParam(required = false) Long version,
      @RequestParam(required = false) String submit,
      Model model,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    AssessmentViews.MyResponse mine = assessments.myResponse(id, viewer);
    List<FieldProblem> problems = new ArrayList<>();
    List<AnswersData.Answer> answers = new ArrayList<>();
    fields.forEach(
        (name, value) -> {
          if (name.startsWith(FIELD) && !FormInput.blank(value)) {
            Long question =
                FormInput.id(
                    name.substring(FIELD.length()), "Q", name, "Unknown question.", problems);
            Integer level = FormInput.integer(value, name, "Choose a level from 1 to 5.", problems);
            if (question != null && level != null) {
              if (level < 1 || level > 5) {
                problems.add(new FieldProblem(name, "Choose a level from 1 to 5."));
              } else {
                answers.add(new AnswersData.Answer(question, level));
              }
            }
          }
        });
    try {
      FormInput.refuseAny(problems);
      AnswersData data = new AnswersData(answers, submit != null, version);
      assessments.answer(id, data, EditForm.editedVersion(version), viewer);
    } catch (InvalidInputException e) {
      return page(id, mine, fields, e.problems(), model, viewer);
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("flashError", e.getMessage());
      return "redirect:" + MaturityPageController.BASE + "/" + id;
    }
    redirect.addFlashAttribute(
        "flash",
        submit != null
            ? "Your answers are submitted. Thank you: the results are shown once the PMO closes the"
                + " assessment."
            : "Your answers are saved as a draft; come back to finish and submit them.");
    return "redirect:" + MaturityPageController.BASE + "/" + id + (submit != null ? "" : "/answer");
  }

  private String page(
      long id,
      AssessmentViews.MyResponse mine,
      Map<String, String> typed,
      List<FieldProblem> problems,
      Model model,
      CurrentUser viewer) {
    AssessmentViews.Detail detail = assessments.assessment(id, viewer);
    model.addAttribute("a", detail);
    model.addAttribute("mine", mine);
    model.addAttribute("q", questionnaires.questionnaire(detail.questionnaireId()));
    model.addAttribute("levels", MaturityLevel.values());
    model.addAttribute("typed", typed);
    model.addAttribute("problems", problems);
    history.addTo(model, "maturity-response", mine.id());
    return "practices/assessment-answer";
  }
}
