package org.cairnpmo.learning.web;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.learning.domain.Assessments;
import org.cairnpmo.learning.domain.CompetencyAssessment;
import org.cairnpmo.learning.domain.CompetencyFramework;
import org.cairnpmo.learning.domain.CompetencyViews.AssessmentData;
import org.cairnpmo.learning.domain.LearningAccess;
import org.cairnpmo.learning.domain.MentoringService;
import org.cairnpmo.learning.domain.MentoringViews.CoachingView;
import org.cairnpmo.learning.domain.MentoringViews.MentoringView;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.history.web.HistoryPanel;
import org.cairnpmo.platform.web.EditForm;
import org.cairnpmo.platform.web.FlashActions;
import org.cairnpmo.platform.web.FormInput;
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
 * The forms of mentoring and coaching: the PMO sets up a pair and a coaching of a project team (and
 * writes its outcome); each of a pair gives their feedback at the end; a line manager (or the PMO)
 * gives the manager's assessment of a person.
 */
@Controller
record MentoringPageController(
    MentoringService mentoring,
    Assessments assessments,
    CompetencyFramework framework,
    IdentityApi identity,
    Validator validator,
    HistoryPanel history) {

  @GetMapping("/learning/mentoring/new")
  String newPair(Model model, CurrentUser viewer) {
    requirePmo(viewer);
    return pairForm(model, new PairForm());
  }

  @PostMapping("/learning/mentoring/new")
  String createPair(
      @ModelAttribute("form") PairForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    requirePmo(viewer);
    Optional<MentoringView> saved =
        LearningForms.save(
            form::toData, validator, binding, model, data -> mentoring.create(data, viewer));
    return LearningForms.done(
            saved,
            redirect,
            s ->
                new LearningForms.Done(
                    "Pair set up: " + s.mentorName() + " mentors " + s.menteeName() + ".",
                    "/learning/mentoring/" + s.id()))
        .orElseGet(() -> pairForm(model, form));
  }

  private String pairForm(Model model, PairForm form) {
    model.addAttribute("form", form);
    model.addAttribute("people", identity.activeUsers());
    return "learning/pair-form";
  }

  /** One of the pair's feedback at the end; a version changed meanwhile is said, not lost. */
  @PostMapping("/learning/mentoring/{id}/feedback")
  String feedback(
      @PathVariable long id,
      @RequestParam(required = false) String feedback,
      @RequestParam(required = false) Long version,
      CurrentUser viewer,
      RedirectAttributes redirect) {
    FlashActions.run(
            redirect,
            "The pair changed meanwhile; your feedback was not saved. Read the page again and"
                + " give it once more.",
            () -> {
              String text = FormInput.trimmed(feedback);
              if (text == null) {
                FormInput.refuseAny(List.of(new FieldProblem("feedback", "Write the feedback.")));
              }
              return mentoring.feedback(id, text, EditForm.editedVersion(version), viewer);
            })
        .ifPresent(p -> redirect.addFlashAttribute("flash", "Your feedback is saved."));
    return "redirect:/learning/mentoring/" + id;
  }

  @GetMapping("/learning/coaching/new")
  String newCoaching(Model model, CurrentUser viewer) {
    requirePmo(viewer);
    CoachingForm form = new CoachingForm();
    form.setCoachId(Long.toString(viewer.id()));
    return coachingForm(model, form, null);
  }

  @PostMapping("/learning/coaching/new")
  String startCoaching(
      @ModelAttribute("form") CoachingForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    requirePmo(viewer);
    form.setVersion(null);
    return savedCoaching(
        LearningForms.save(
            form::toData, validator, binding, model, data -> mentoring.startCoaching(data, viewer)),
        form,
        null,
        model,
        redirect);
  }

  @GetMapping("/learning/coaching/{id}/edit")
  String editCoaching(@PathVariable long id, Model model, CurrentUser viewer) {
    CoachingView c = mentoring.coaching(id, viewer);
    history.addTo(model, "coaching", id);
    return coachingForm(model, CoachingForm.of(c), c);
  }

  @PostMapping("/learning/coaching/{id}/edit")
  String reviseCoaching(
      @PathVariable long id,
      @ModelAttribute("form") CoachingForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    CoachingView c = mentoring.coaching(id, viewer);
    long version = EditForm.editedVersion(form.getVersion());
    return savedCoaching(
        LearningForms.save(
            form::toData,
            validator,
            binding,
            model,
            data -> mentoring.reviseCoaching(id, data, version, viewer)),
        form,
        c,
        model,
        redirect);
  }

  private String savedCoaching(
      Optional<CoachingView> saved,
      CoachingForm form,
      CoachingView editing,
      Model model,
      RedirectAttributes redirect) {
    return LearningForms.done(
            saved,
            redirect,
            s -> new LearningForms.Done("Coaching saved: " + s.team() + ".", "/learning/mentoring"))
        .orElseGet(() -> coachingForm(model, form, editing));
  }

  private String coachingForm(Model model, CoachingForm form, CoachingView editing) {
    model.addAttribute("form", form);
    model.addAttribute("editing", editing);
    model.addAttribute("people", identity.activeUsers());
    return "learning/coaching-form";
  }

  /** A person's assessments, with the form for the manager's; missing to those who may not see. */
  @GetMapping("/learning/people/{userId}/assessments")
  String person(@PathVariable long userId, Model model, CurrentUser viewer) {
    UserSummary person =
        identity.user(userId).orElseThrow(() -> new NotFoundException("Person", userId));
    model.addAttribute("assessments", assessments.of(userId, viewer));
    model.addAttribute("person", person);
    model.addAttribute("areas", framework.framework());
    model.addAttribute("mayAssess", userId != viewer.id());
    return "learning/person-assessments";
  }

  @PostMapping("/learning/people/{userId}/assessments")
  String assess(
      @PathVariable long userId,
      @RequestParam(required = false) String competencyId,
      @RequestParam(required = false) String level,
      @RequestParam(required = false) String note,
      CurrentUser viewer,
      RedirectAttributes redirect) {
    List<FieldProblem> problems = new ArrayList<>();
    Long competency =
        FormInput.id(competencyId, "C", "competencyId", "Choose a competency.", problems);
    Integer lvl = FormInput.integer(level, "level", "Choose a level from 1 to 5.", problems);
    if (competency == null || lvl == null) {
      problems.add(new FieldProblem("competencyId", "Choose a competency and a level."));
    }
    FlashActions.run(
            redirect,
            null,
            () -> {
              FormInput.refuseAny(problems);
              return assessments.assess(
                  new AssessmentData(
                      userId,
                      competency,
                      CompetencyAssessment.Source.MANAGER,
                      lvl,
                      FormInput.trimmed(note)),
                  viewer);
            })
        .ifPresent(
            a ->
                redirect.addFlashAttribute(
                    "flash", "Assessment recorded: " + a.competency() + " " + a.level() + "."));
    return "redirect:/learning/people/" + userId + "/assessments";
  }

  private static void requirePmo(CurrentUser viewer) {
    if (!LearningAccess.seesAll(viewer)) {
      throw new AccessDeniedException(
          "Only the PMO and administrators set up mentoring and coaching");
    }
  }
}
