package org.cairnpmo.portfolio.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.StaleVersionException;
import org.cairnpmo.platform.web.FormErrors;
import org.cairnpmo.portfolio.domain.EvaluationService;
import org.cairnpmo.portfolio.domain.ProposalService;
import org.cairnpmo.portfolio.domain.ProposalView;
import org.cairnpmo.portfolio.domain.ScoreSheetView;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

/** Evaluation pages: a scorer's own sheet, and the ranking for the PMO and executives. */
@Controller
@RequestMapping("/portfolio")
class EvaluationPageController {

  private final EvaluationService evaluation;
  private final ProposalService proposals;
  private final IdentityApi identity;
  private final PortfolioDocuments documents;
  private final Clock clock;

  EvaluationPageController(
      EvaluationService evaluation,
      ProposalService proposals,
      IdentityApi identity,
      PortfolioDocuments documents,
      Clock clock) {
    this.documents = documents;
    this.evaluation = evaluation;
    this.proposals = proposals;
    this.identity = identity;
    this.clock = clock;
  }

  @InitBinder("form")
  void initBinder(WebDataBinder binder) {
    binder.setDisallowedFields("id");
  }

  @GetMapping("/proposals/{id}/score")
  String sheet(@PathVariable long id, Model model) {
    CurrentUser me = identity.requireCurrentUser();
    ScoreSheetView sheet = evaluation.mySheet(id, me);
    model.addAttribute("form", ScoreForm.of(sheet));
    return show(id, sheet, me, model);
  }

  @PostMapping("/proposals/{id}/score")
  String save(
      @PathVariable long id,
      @ModelAttribute("form") ScoreForm form,
      BindingResult binding,
      @RequestParam(name = "action", defaultValue = "save") String action,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    CurrentUser me = identity.requireCurrentUser();
    ScoreSheetView sheet = evaluation.mySheet(id, me);
    try {
      ScoreSheetView saved =
          evaluation.saveMySheet(
              id, form.toData(), form.getVersion() == null ? -1 : form.getVersion(), me);
      if ("submit".equals(action)) {
        evaluation.submitMySheet(id, saved.version(), me);
        redirect.addFlashAttribute(
            "flash", "Your scores for " + saved.proposalCode() + " are submitted. Thank you.");
        return "redirect:/portfolio/proposals/" + id;
      }
      redirect.addFlashAttribute(
          "flash", "Saved. Your scores stay private and editable until you submit them.");
      return "redirect:/portfolio/proposals/" + id + "/score";
    } catch (InvalidInputException e) {
      FormErrors.reject(binding, e.problems());
      if ("submit".equals(action)) {
        // The ratings were saved; what is missing is shown on the sheet.
        sheet = evaluation.mySheet(id, me);
        form.setVersion(sheet.version());
      }
    } catch (StaleVersionException | ObjectOptimisticLockingFailureException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("conflict", true);
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("flashError", e.getMessage());
      return "redirect:/portfolio/proposals/" + id;
    }
    return show(id, sheet, me, model);
  }

  private String show(long id, ScoreSheetView sheet, CurrentUser me, Model model) {
    ProposalView proposal = proposals.get(id, me);
    model.addAttribute("sheet", sheet);
    model.addAttribute("p", proposal);
    model.addAttribute("bc", proposal.businessCase());
    return "portfolio/score";
  }

  @GetMapping("/ranking.xlsx")
  org.springframework.http.ResponseEntity<byte[]> rankingXlsx() {
    return PortfolioDocuments.download(
        documents.ranking(
            evaluation.rankingWithCriteria(identity.requireCurrentUser()), clock.instant()),
        PortfolioDocuments.XLSX,
        "ranking.xlsx");
  }

  @GetMapping("/ranking")
  String ranking(Model model) {
    model.addAttribute("ranking", evaluation.ranking(identity.requireCurrentUser()));
    return "portfolio/ranking";
  }
}
