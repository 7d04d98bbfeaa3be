package org.cairnpmo.portfolio.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.history.web.HistoryPanel;
import org.cairnpmo.platform.web.OnStaleVersion;
import org.cairnpmo.portfolio.domain.EvaluationService;
import org.cairnpmo.portfolio.domain.ProposalService;
import org.cairnpmo.portfolio.domain.ProposalView;
import org.cairnpmo.portfolio.domain.ScoreSheetView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Evaluation pages: a scorer's own sheet, and the ranking for the PMO and executives. */
@Controller
@RequestMapping("/portfolio")
record EvaluationPageController(
    EvaluationService evaluation, ProposalService proposals, HistoryPanel history) {

  @GetMapping("/proposals/{id}/score")
  String sheet(@PathVariable long id, CurrentUser me, Model model) {
    ScoreSheetView sheet = evaluation.mySheet(id, me);
    model.addAttribute("form", ScoreForm.of(sheet));
    return show(id, sheet, me, model);
  }

  @OnStaleVersion(message = ProposalPageController.STALE, redirect = "/portfolio/proposals/{id}")
  @PostMapping("/proposals/{id}/score")
  String save(
      @PathVariable long id,
      @ModelAttribute("form") ScoreForm form,
      BindingResult binding,
      @RequestParam(name = "action", defaultValue = "save") String action,
      CurrentUser me,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    boolean submit = "submit".equals(action);
    long version = form.editedVersion();
    Optional<ScoreSheetView> saved =
        PageForms.save(
            binding,
            model,
            response,
            field -> field,
            () -> {
              ScoreSheetView sheet = evaluation.saveMySheet(id, form.toData(), version, me);
              return submit ? evaluation.submitMySheet(id, sheet.version(), me) : sheet;
            });
    if (saved.isPresent()) {
      if (submit) {
        redirect.addFlashAttribute(
            "flash",
            "Your scores for " + saved.get().proposalCode() + " are submitted. Thank you.");
        return "redirect:/portfolio/proposals/" + id;
      }
      redirect.addFlashAttribute(
          "flash", "Saved. Your scores stay private and editable until you submit them.");
      return "redirect:/portfolio/proposals/" + id + "/score";
    }
    ScoreSheetView sheet = evaluation.mySheet(id, me);
    if (submit && !model.containsAttribute("conflict")) {
      // The ratings were saved; what is missing is shown on the sheet.
      form.setVersion(sheet.version());
    }
    return show(id, sheet, me, model);
  }

  private String show(long id, ScoreSheetView sheet, CurrentUser me, Model model) {
    ProposalView proposal = proposals.get(id, me);
    model.addAttribute("sheet", sheet);
    if (sheet.id() > 0) {
      history.addTo(model, "score-sheet", sheet.id());
    }
    model.addAttribute("p", proposal);
    model.addAttribute("bc", proposal.businessCase());
    return "portfolio/score";
  }

  @GetMapping("/ranking")
  String ranking(CurrentUser me, Model model) {
    model.addAttribute("ranking", evaluation.ranking(me));
    return "portfolio/ranking";
  }
}
