package org.cairnpmo.control.web;

import jakarta.validation.Validator;
import org.cairnpmo.control.IssueView;
import org.cairnpmo.control.domain.OccurrenceData;
import org.cairnpmo.control.domain.RaidLog;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.web.OnStaleVersion;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "It happened", from a risk's page: the risk becomes an issue that links back to it. */
@Controller
class RiskOccurrencePageController {

  private final RaidLog raid;
  private final Validator validator;

  RiskOccurrencePageController(RaidLog raid, Validator validator) {
    this.raid = raid;
    this.validator = validator;
  }

  @OnStaleVersion(
      message = RaidPageController.STALE,
      redirect = "/projects/{projectId}/raid/risks/{itemId}")
  @PostMapping("/projects/{projectId}/raid/risks/{itemId}/occurred")
  String occurred(
      @PathVariable long projectId,
      @PathVariable long itemId,
      @ModelAttribute("occurrence") OccurrenceData form,
      BindingResult binding,
      CurrentUser editor,
      RedirectAttributes redirect) {
    String back = "redirect:/projects/" + projectId + "/raid/risks/" + itemId;
    PageErrors errors = PageErrors.of(binding).validate(validator, form);
    if (form == null || form.version() == null || errors.any()) {
      redirect.addFlashAttribute(
          "flashError",
          "The issue could not be created: "
              + errors.first().orElse("check its details (a valid date, short texts).")
              + " Try again.");
      return back;
    }
    try {
      IssueView issue = raid.riskOccurred(projectId, itemId, form, form.version(), editor);
      redirect.addFlashAttribute(
          "flash", "The risk occurred and is now issue “" + issue.title() + "”, linked to it.");
      return "redirect:/projects/" + projectId + "/raid/issues/" + issue.id();
    } catch (InvalidInputException | BusinessRuleException e) {
      redirect.addFlashAttribute("flashError", e.getMessage());
    }
    return back;
  }
}
