package org.cairnpmo.practices.web;

import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.web.EditForm;
import org.cairnpmo.platform.web.FlashActions;
import org.cairnpmo.platform.web.FormInput;
import org.cairnpmo.platform.web.OnStaleVersion;
import org.cairnpmo.practices.PromotionChange;
import org.cairnpmo.practices.PromotionTarget;
import org.cairnpmo.practices.domain.LessonPromotionService;
import org.cairnpmo.practices.domain.PromotionData;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The lesson page's form that promotes a lesson into the way of working. */
@Controller
record PromotionController(LessonPromotionService promotions) {

  @PostMapping("/practices/lessons/{id}/promote")
  @OnStaleVersion(
      message =
          "Someone else changed this lesson meanwhile, so it was not promoted. Here it is now.",
      redirect = "/practices/lessons/{id}")
  String promotePage(
      @PathVariable long id,
      @RequestParam(required = false) String targetKind,
      @RequestParam(required = false) String targetId,
      @RequestParam(required = false) String change,
      @RequestParam(required = false) String phase,
      @RequestParam(required = false) String text,
      @RequestParam(required = false) String description,
      @RequestParam(required = false) String note,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect,
      CurrentUser by) {
    PromotionTarget kind = FormInput.choice(targetKind, PromotionTarget.class, null);
    String target = FormInput.trimmed(targetId);
    Long targetNumber = target != null && target.matches("\\d{1,18}") ? Long.valueOf(target) : null;
    if (kind == null || targetNumber == null) {
      redirect.addFlashAttribute(
          "flashError",
          kind == PromotionTarget.TEMPLATE
              ? "Enter the number of the template version that holds the change."
              : "Choose the method the lesson changes.");
      return "redirect:/practices/lessons/" + id + "#promote";
    }
    FlashActions.run(
            redirect,
            null,
            () ->
                promotions.promote(
                    id,
                    new PromotionData(
                        kind,
                        targetNumber,
                        FormInput.choice(change, PromotionChange.class, null),
                        FormInput.trimmed(phase),
                        FormInput.trimmed(text),
                        FormInput.trimmed(description),
                        FormInput.trimmed(note),
                        version),
                    EditForm.editedVersion(version),
                    by))
        .ifPresent(
            done ->
                redirect.addFlashAttribute(
                    "flash",
                    kind == PromotionTarget.METHOD
                        ? "Promoted into "
                            + done.targetLabel()
                            + ", "
                            + done.phase()
                            + "; marked as adopted."
                        : "Linked to template version "
                            + done.targetId()
                            + "; marked as adopted."));
    return "redirect:/practices/lessons/" + id;
  }
}
