package org.cairnpmo.portfolio.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.organization.OrganizationApi;
import org.cairnpmo.platform.history.web.HistoryPanel;
import org.cairnpmo.platform.web.EditForm;
import org.cairnpmo.platform.web.OnStaleVersion;
import org.cairnpmo.platform.web.PageNav;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.portfolio.domain.ApprovalData;
import org.cairnpmo.portfolio.domain.EvaluationService;
import org.cairnpmo.portfolio.domain.ObjectiveView;
import org.cairnpmo.portfolio.domain.PortfolioAccess;
import org.cairnpmo.portfolio.domain.ProposalFilter;
import org.cairnpmo.portfolio.domain.ProposalService;
import org.cairnpmo.portfolio.domain.ProposalStatus;
import org.cairnpmo.portfolio.domain.ProposalSummary;
import org.cairnpmo.portfolio.domain.ProposalView;
import org.cairnpmo.portfolio.domain.StrategyService;
import org.cairnpmo.portfolio.domain.TriageData;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Intake pages: the proposals list, the proposal form, the proposal page and its decisions. */
@Controller
@RequestMapping("/portfolio")
@OnStaleVersion(message = ProposalPageController.STALE, redirect = "/portfolio/proposals/{id}")
record ProposalPageController(
    ProposalService proposals,
    EvaluationService evaluation,
    StrategyService strategy,
    IdentityApi identity,
    OrganizationApi organization,
    Validator validator,
    org.springframework.beans.factory.ObjectProvider<org.cairnpmo.portfolio.ProjectTemplateCatalog>
        templateCatalog,
    HistoryPanel historyPanel) {

  static final String STALE =
      "Someone else changed this proposal in the meantime. Nothing was changed: check the"
          + " current state below and try again.";

  static final int PAGE_SIZE = 25;

  // ---- list -------------------------------------------------------------------------------

  @GetMapping({"", "/proposals"})
  String list(
      @RequestParam(name = "q", required = false) String q,
      @RequestParam(name = "status", required = false) ProposalStatus status,
      @RequestParam(name = "mine", defaultValue = "false") boolean mine,
      @RequestParam(name = "page", defaultValue = "0") int page,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      CurrentUser me,
      Model model) {
    Page<ProposalSummary> results =
        Paging.showing(
            page,
            PAGE_SIZE,
            p ->
                proposals.search(
                    new ProposalFilter(q, status == null ? Set.of() : EnumSet.of(status), mine),
                    p,
                    me));
    model.addAttribute("results", results);
    model.addAttribute(
        "pageNav",
        PageNav.of(results, PageNav.link("/portfolio", "q", q, "status", status, "mine", mine)));
    model.addAttribute("q", q == null ? "" : q.trim());
    model.addAttribute("status", status);
    model.addAttribute("mine", mine);
    model.addAttribute("statuses", ProposalStatus.values());
    model.addAttribute("readsAll", PortfolioAccess.readsAll(me));
    model.addAttribute("governs", PortfolioAccess.governs(me));
    if (htmx != null) {
      return "portfolio/proposals :: results";
    }
    model.addAttribute("myScoring", evaluation.myOpenSheets(me));
    return "portfolio/proposals";
  }

  // ---- form -------------------------------------------------------------------------------

  @GetMapping("/proposals/new")
  String newProposal(Model model) {
    List<ObjectiveView> objectives = strategy.allObjectives();
    model.addAttribute("form", ProposalForm.blank(objectives));
    return showForm(null, objectives, model);
  }

  @GetMapping("/proposals/{id}/edit")
  String edit(@PathVariable long id, CurrentUser me, Model model, RedirectAttributes redirect) {
    ProposalView proposal = proposals.get(id, me);
    if (!proposal.permissions().edit()) {
      if (proposal.authorId() == me.id()) {
        redirect.addFlashAttribute(
            "flashError", "Only a draft can be changed; this proposal has been submitted.");
        return "redirect:/portfolio/proposals/" + id;
      }
      throw new org.springframework.security.access.AccessDeniedException("Not the author");
    }
    List<ObjectiveView> objectives = strategy.allObjectives();
    model.addAttribute("form", ProposalForm.of(proposals.dataForEdit(id, me), objectives));
    return showForm(proposal, objectives, model);
  }

  /**
   * Saves the form of a new proposal or of a draft's changes alike; the form is drawn again with
   * its problems, or with the row added or taken out that the person asked for instead of saving.
   */
  @PostMapping({"/proposals", "/proposals/{id}/edit"})
  String save(
      @PathVariable(required = false) Long id,
      @ModelAttribute("form") ProposalForm form,
      BindingResult binding,
      @RequestParam(name = "add", required = false) String add,
      @RequestParam(name = "remove", required = false) String remove,
      CurrentUser me,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    ProposalView proposal = id == null ? null : proposals.get(id, me);
    List<ObjectiveView> objectives = strategy.allObjectives();
    if (add != null || remove != null) {
      if (remove != null) {
        form.removeRow(remove);
      }
      if (add != null) {
        form.addRow(add);
      }
      form.alignObjectives(objectives);
      return showForm(proposal, objectives, model);
    }
    form.compact();
    Optional<ProposalView> saved =
        PageForms.readAndSave(
            binding,
            model,
            response,
            validator,
            form::toData,
            ProposalForm::formField,
            PageForms.defineOrRevise(id, form, me, proposals::create, proposals::revise));
    return PageForms.afterSave(
        saved,
        redirect,
        p ->
            id == null
                ? "Saved " + p.code() + " as a draft. Check the business case, then submit it."
                : "Saved the changes to " + p.code() + ".",
        p -> "/portfolio/proposals/" + p.id(),
        () -> {
          form.alignObjectives(objectives);
          form.pad();
          return showForm(proposal, objectives, model);
        });
  }

  private String showForm(ProposalView proposal, List<ObjectiveView> objectives, Model model) {
    model.addAttribute("proposal", proposal);
    model.addAttribute("mode", proposal == null ? "new" : "edit");
    model.addAttribute("objectives", objectives);
    model.addAttribute("people", identity.activeUsers());
    model.addAttribute("departments", organization.departments());
    ProposalForm form = (ProposalForm) model.getAttribute("form");
    model.addAttribute("manager", chosen(form == null ? null : form.getManagerId()));
    return "portfolio/proposal-form";
  }

  /** The person a picker starts with, or none. */
  private List<UserSummary> chosen(Long id) {
    return id == null ? List.of() : identity.user(id).stream().toList();
  }

  // ---- the proposal page ------------------------------------------------------------------

  @GetMapping("/proposals/{id}")
  String detail(@PathVariable long id, CurrentUser me, Model model) {
    ProposalView proposal = proposals.get(id, me);
    model.addAttribute("p", proposal);
    model.addAttribute("bc", proposal.businessCase());
    if (proposal.permissions().seeScores()) {
      model.addAttribute("evaluation", evaluation.evaluation(id, me));
    }
    model.addAttribute("manager", chosen(proposal.managerId()));
    model.addAttribute(
        "projectTemplates",
        templateCatalog.stream().flatMap(c -> c.usableTemplates().stream()).toList());
    model.addAttribute(
        "triageOutcomes",
        ProposalStatus.triageOutcomes().stream().filter(proposal.status()::canMoveTo).toList());
    historyPanel.addTo(model, "proposal", id);
    return "portfolio/proposal";
  }

  /**
   * What a decision form on the proposal page posts: the version the page showed (-1 when none,
   * which is refused as stale), and whatever the decision needs besides.
   */
  record Decision(
      Long version,
      String reason,
      ProposalStatus outcome,
      Long managerId,
      Boolean appointLater,
      Long templateId) {

    long expected() {
      return EditForm.editedVersion(version);
    }
  }

  @PostMapping("/proposals/{id}/submit")
  String submit(@PathVariable long id, Decision d, CurrentUser me, RedirectAttributes redirect) {
    return act(
        id,
        redirect,
        () -> proposals.submit(id, d.expected(), me),
        "Submitted. The PMO will triage your proposal.");
  }

  @PostMapping("/proposals/{id}/withdraw")
  String withdraw(@PathVariable long id, Decision d, CurrentUser me, RedirectAttributes redirect) {
    return act(
        id,
        redirect,
        () -> proposals.withdraw(id, d.reason(), d.expected(), me),
        "Withdrawn. The proposal stays on record.");
  }

  @PostMapping("/proposals/{id}/triage")
  String triage(@PathVariable long id, Decision d, CurrentUser me, RedirectAttributes redirect) {
    TriageData triage = new TriageData(d.outcome(), d.reason(), d.expected());
    return act(
        id,
        redirect,
        () -> proposals.triage(id, triage, d.expected(), me),
        d.outcome() == ProposalStatus.UNDER_EVALUATION
            ? "Taken into evaluation. Assign the scorers next."
            : "Decision recorded.");
  }

  @PostMapping("/proposals/{id}/approve")
  String approve(@PathVariable long id, Decision d, CurrentUser me, RedirectAttributes redirect) {
    ApprovalData approval =
        new ApprovalData(d.reason(), d.managerId(), d.appointLater(), d.expected(), d.templateId());
    return act(
        id,
        redirect,
        () -> proposals.approve(id, approval, d.expected(), me),
        "Approved. The project is being added to the register.");
  }

  @OnStaleVersion(message = STALE, redirect = "/portfolio/proposals/{id}#evaluation")
  @PostMapping("/proposals/{id}/scorers")
  String assignScorers(
      @PathVariable long id,
      @RequestParam(name = "userIds", required = false) List<Long> userIds,
      CurrentUser me,
      RedirectAttributes redirect) {
    if (userIds == null || userIds.isEmpty()) {
      redirect.addFlashAttribute("flashError", "Choose at least one scorer.");
      return "redirect:/portfolio/proposals/" + id + "#evaluation";
    }
    act(
        id,
        redirect,
        () -> evaluation.assignScorers(id, userIds, me),
        userIds.size() == 1 ? "Scorer assigned." : userIds.size() + " scorers assigned.");
    return "redirect:/portfolio/proposals/" + id + "#evaluation";
  }

  @OnStaleVersion(message = STALE, redirect = "/portfolio/proposals/{id}#evaluation")
  @PostMapping("/proposals/{id}/scorers/{userId}/remove")
  String unassignScorer(
      @PathVariable long id,
      @PathVariable long userId,
      CurrentUser me,
      RedirectAttributes redirect) {
    act(id, redirect, () -> evaluation.unassignScorer(id, userId, me), "Scorer removed.");
    return "redirect:/portfolio/proposals/" + id + "#evaluation";
  }

  /** Runs a decision; rule and input failures come back as a message above the proposal. */
  private String act(long id, RedirectAttributes redirect, Runnable action, String done) {
    if (PageForms.decide(redirect, action)) {
      redirect.addFlashAttribute("flash", done);
    }
    return "redirect:/portfolio/proposals/" + id;
  }
}
