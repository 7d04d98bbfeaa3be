package org.cairnpmo.practices.maturity;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.web.EditForm;
import org.cairnpmo.platform.web.FormErrors;
import org.cairnpmo.platform.web.FormInput;
import org.cairnpmo.platform.web.OnStaleVersion;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The PMO's forms for the improvement actions on an assessment's page: add one, move it on. */
@Controller
@RequestMapping(MaturityPageController.BASE + "/{id}/actions")
@OnStaleVersion(
    message =
        "Someone else changed this action meanwhile; your change was not saved. Here it is now.",
    redirect = MaturityPageController.BASE + "/{id}#actions")
record ActionPageController(ImprovementActionService actions, Validator validator) {

  @PostMapping
  String add(
      @PathVariable long id,
      @ModelAttribute ActionForm form,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    MaturityAccess.requireRunner(viewer);
    List<FieldProblem> problems = new ArrayList<>();
    ActionData data = form.toData(problems);
    problems.addAll(FormErrors.problems(validator, data));
    try {
      FormInput.refuseAny(problems);
      actions.add(id, data, viewer);
      redirect.addFlashAttribute("flash", "Improvement action added.");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute(
          "flashError",
          "The action was not added: "
              + String.join(" ", e.problems().stream().map(FieldProblem::message).toList()));
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("flashError", e.getMessage());
    }
    return "redirect:" + MaturityPageController.BASE + "/" + id + "#actions";
  }

  @PostMapping("/{actionId}/status")
  String status(
      @PathVariable long id,
      @PathVariable long actionId,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    MaturityAccess.requireRunner(viewer);
    ActionView action =
        actions.allOf(id).stream()
            .filter(a -> a.id() == actionId)
            .findFirst()
            .orElseThrow(
                () -> new org.cairnpmo.platform.NotFoundException("Improvement action", actionId));
    ActionStatus chosen = FormInput.choice(status, ActionStatus.class, action.status());
    actions.revise(
        id,
        actionId,
        new ActionData(
            action.title(), action.area(), action.ownerId(), action.dueDate(), chosen, version),
        EditForm.editedVersion(version),
        viewer);
    redirect.addFlashAttribute("flash", "The action is now " + chosen.label().toLowerCase() + ".");
    return "redirect:" + MaturityPageController.BASE + "/" + id + "#actions";
  }
}
