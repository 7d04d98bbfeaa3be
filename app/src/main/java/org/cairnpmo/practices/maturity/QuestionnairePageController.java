package org.cairnpmo.practices.maturity;

import jakarta.validation.Validator;
import java.util.Optional;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.web.FormErrors;
import org.cairnpmo.practices.domain.DefinedEntries;
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
 * The PMO's questionnaire forms: a new questionnaire, a change to one no assessment has used, and a
 * copy of one that is frozen. {@code more} draws the form again with more empty rows, unsaved.
 */
@Controller
@RequestMapping(MaturityPageController.BASE + "/questionnaires")
record QuestionnairePageController(QuestionnaireService questionnaires, Validator validator) {

  @InitBinder
  void initBinder(WebDataBinder binder) {
    binder.setDisallowedFields("id");
  }

  @GetMapping("/new")
  String newQuestionnaire(Model model, CurrentUser viewer) {
    MaturityAccess.requireRunner(viewer);
    QuestionnaireForm form = new QuestionnaireForm();
    for (MaturityArea area : MaturityArea.values()) {
      QuestionnaireForm.Row row = new QuestionnaireForm.Row();
      row.setArea(area.name());
      form.getQuestions().add(row);
    }
    return form(model, form, null);
  }

  @GetMapping("/{id}/edit")
  String edit(@PathVariable long id, Model model, RedirectAttributes redirect, CurrentUser viewer) {
    MaturityAccess.requireRunner(viewer);
    QuestionnaireView questionnaire = questionnaires.questionnaire(id);
    if (questionnaire.inUse()) {
      redirect.addFlashAttribute(
          "flashError",
          "An assessment used this questionnaire, so it is frozen. Copy it to change the copy.");
      return "redirect:" + MaturityPageController.BASE + "/questionnaires/" + id;
    }
    return form(
        model,
        QuestionnaireForm.of(questionnaires.forEdit(id))
            .withSpareRows(QuestionnaireForm.SPARE_ROWS),
        questionnaire);
  }

  @PostMapping({"", "/{id}/edit"})
  String save(
      @PathVariable(required = false) Long id,
      @ModelAttribute("form") QuestionnaireForm form,
      BindingResult binding,
      @RequestParam(required = false) String more,
      Model model,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    MaturityAccess.requireRunner(viewer);
    QuestionnaireView existing = id == null ? null : questionnaires.questionnaire(id);
    if (more != null) {
      return form(model, form.compact().withSpareRows(QuestionnaireForm.SPARE_ROWS * 2), existing);
    }
    QuestionnaireData data = form.compact().toData();
    Optional<QuestionnaireView> saved =
        FormErrors.validateAndAttempt(
            validator,
            data,
            binding,
            model,
            () -> DefinedEntries.save(questionnaires, id, data, form.editedVersion(), viewer));
    if (saved.isPresent()) {
      redirect.addFlashAttribute("flash", "Questionnaire " + saved.get().name() + " saved.");
      return "redirect:" + MaturityPageController.BASE + "/questionnaires/" + saved.get().id();
    }
    return form(model, form, existing);
  }

  @PostMapping("/{id}/copy")
  String copy(@PathVariable long id, RedirectAttributes redirect, CurrentUser viewer) {
    QuestionnaireView copy = questionnaires.copy(id, viewer);
    redirect.addFlashAttribute("flash", "Copied as " + copy.name() + ". Change it here.");
    return "redirect:" + MaturityPageController.BASE + "/questionnaires/" + copy.id() + "/edit";
  }

  private String form(Model model, QuestionnaireForm form, QuestionnaireView existing) {
    model.addAttribute("form", form);
    model.addAttribute("questionnaire", existing);
    model.addAttribute("areas", MaturityArea.values());
    model.addAttribute("levels", MaturityLevel.values());
    return "practices/questionnaire-form";
  }
}
