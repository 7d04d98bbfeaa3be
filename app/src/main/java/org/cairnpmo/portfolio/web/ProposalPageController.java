package org.cairnpmo.portfolio.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.organization.OrganizationApi;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.StaleVersionException;
import org.cairnpmo.platform.web.FormErrors;
import org.cairnpmo.platform.web.OnStaleVersion;
import org.cairnpmo.platform.web.PageNav;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.portfolio.domain.EvaluationService;
import org.cairnpmo.portfolio.domain.ObjectiveView;
import org.cairnpmo.portfolio.domain.PortfolioAccess;
import org.cairnpmo.portfolio.domain.ProposalData;
import org.cairnpmo.portfolio.domain.ProposalFilter;
import org.cairnpmo.portfolio.domain.ProposalService;
import org.cairnpmo.portfolio.domain.ProposalStatus;
import org.cairnpmo.portfolio.domain.ProposalSummary;
import org.cairnpmo.portfolio.domain.ProposalView;
import org.cairnpmo.portfolio.domain.StrategyService;
import org.cairnpmo.portfolio.domain.TriageData;
import org.springframework.data.domain.Page;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Intake pages: the proposals list, the proposal form, the proposal page and its decisions. */
@Controller
@RequestMapping("/portfolio")
class ProposalPageController {

  static final String STALE =
      "Someone else changed this proposal in the meantime. Nothing was changed: check the"
          + " current state below and try again.";

  static final int PAGE_SIZE = 25;

  private final ProposalService proposals;
  private final EvaluationService evaluation;
  private final StrategyService strategy;
  private final IdentityApi identity;
  private final OrganizationApi organization;
  private final Validator validator;
  private final PortfolioDocuments documents;
  private final Clock clock;

  ProposalPageController(
      ProposalService proposals,
      EvaluationService evaluation,
      StrategyService strategy,
      IdentityApi identity,
      OrganizationApi organization,
      Validator validator,
      PortfolioDocuments documents,
      Clock clock) {
    this.documents = documents;
    this.proposals = proposals;
    this.evaluation = evaluation;
    this.strategy = strategy;
    this.identity = identity;
    this.organization = organization;
    this.validator = validator;
    this.clock = clock;
  }

  @InitBinder("form")
  void initBinder(WebDataBinder binder) {
    binder.setDisallowedFields("id");
  }

  // ---- list -------------------------------------------------------------------------------

  @GetMapping({"", "/proposals"})
  String list(
      @RequestParam(name = "q", required = false) String q,
      @RequestParam(name = "status", required = false) ProposalStatus status,
      @RequestParam(name = "mine", defaultValue = "false") boolean mine,
      @RequestParam(name = "page", defaultValue = "0") int page,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model) {
    CurrentUser me = identity.requireCurrentUser();
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

  @PostMapping("/proposals")
  String create(
      @ModelAttribute("form") ProposalForm form,
      BindingResult binding,
      @RequestParam(name = "add", required = false) String add,
      @RequestParam(name = "remove", required = false) String remove,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model,
      RedirectAttributes redirect) {
    List<ObjectiveView> objectives = strategy.allObjectives();
    if (add != null || remove != null) {
      return editRows(form, add, remove, null, objectives, model);
    }
    CurrentUser me = identity.requireCurrentUser();
    ProposalData data = read(form, binding);
    if (data != null) {
      try {
        ProposalView created = proposals.create(data, me);
        redirect.addFlashAttribute(
            "flash",
            "Saved " + created.code() + " as a draft. Check the business case, then submit it.");
        return "redirect:/portfolio/proposals/" + created.id();
      } catch (InvalidInputException e) {
        reject(binding, e.problems());
      }
    }
    form.alignObjectives(objectives);
    form.pad();
    return showForm(null, objectives, model);
  }

  @GetMapping("/proposals/{id}/edit")
  String edit(@PathVariable long id, Model model, RedirectAttributes redirect) {
    CurrentUser me = identity.requireCurrentUser();
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

  @PostMapping("/proposals/{id}/edit")
  String update(
      @PathVariable long id,
      @ModelAttribute("form") ProposalForm form,
      BindingResult binding,
      @RequestParam(name = "add", required = false) String add,
      @RequestParam(name = "remove", required = false) String remove,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    CurrentUser me = identity.requireCurrentUser();
    ProposalView proposal = proposals.get(id, me);
    List<ObjectiveView> objectives = strategy.allObjectives();
    if (add != null || remove != null) {
      return editRows(form, add, remove, proposal, objectives, model);
    }
    ProposalData data = read(form, binding);
    if (data != null) {
      try {
        ProposalView saved =
            proposals.revise(id, data, form.getVersion() == null ? -1 : form.getVersion(), me);
        redirect.addFlashAttribute("flash", "Saved the changes to " + saved.code() + ".");
        return "redirect:/portfolio/proposals/" + id;
      } catch (InvalidInputException e) {
        reject(binding, e.problems());
      } catch (StaleVersionException | ObjectOptimisticLockingFailureException e) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("conflict", true);
      } catch (BusinessRuleException e) {
        redirect.addFlashAttribute("flashError", e.getMessage());
        return "redirect:/portfolio/proposals/" + id;
      }
    }
    form.alignObjectives(objectives);
    form.pad();
    return showForm(proposal, objectives, model);
  }

  private String editRows(
      ProposalForm form,
      String add,
      String remove,
      ProposalView proposal,
      List<ObjectiveView> objectives,
      Model model) {
    if (remove != null) {
      form.removeRow(remove);
    }
    if (add != null) {
      form.addRow(add);
    }
    form.alignObjectives(objectives);
    return showForm(proposal, objectives, model);
  }

  /** The proposal the form describes, or null with the problems shown on the form. */
  private ProposalData read(ProposalForm form, BindingResult binding) {
    form.compact();
    ProposalData data;
    try {
      data = form.toData();
    } catch (InvalidInputException e) {
      reject(binding, e.problems());
      return null;
    }
    List<FieldProblem> problems = FormErrors.problems(validator, data);
    if (!problems.isEmpty()) {
      reject(binding, problems);
      return null;
    }
    return binding.hasErrors() ? null : data;
  }

  private static void reject(BindingResult binding, List<FieldProblem> problems) {
    List<FieldProblem> mapped = new ArrayList<>();
    for (FieldProblem p : problems) {
      mapped.add(new FieldProblem(ProposalForm.formField(p.field()), p.message()));
    }
    FormErrors.reject(binding, mapped);
  }

  private String showForm(ProposalView proposal, List<ObjectiveView> objectives, Model model) {
    model.addAttribute("proposal", proposal);
    model.addAttribute("mode", proposal == null ? "new" : "edit");
    model.addAttribute("objectives", objectives);
    model.addAttribute("people", identity.activeUsers());
    model.addAttribute("departments", organization.departments());
    return "portfolio/proposal-form";
  }

  // ---- the proposal page ------------------------------------------------------------------

  @GetMapping("/proposals/{id}")
  String detail(@PathVariable long id, Model model) {
    CurrentUser me = identity.requireCurrentUser();
    ProposalView proposal = proposals.get(id, me);
    model.addAttribute("p", proposal);
    model.addAttribute("bc", proposal.businessCase());
    if (proposal.permissions().seeScores()) {
      model.addAttribute("evaluation", evaluation.evaluation(id, me));
    }
    if (proposal.permissions().assignScorers()) {
      model.addAttribute("people", identity.activeUsers());
    }
    model.addAttribute(
        "triageOutcomes",
        ProposalStatus.triageOutcomes().stream().filter(proposal.status()::canMoveTo).toList());
    return "portfolio/proposal";
  }

  /** The printable business case; whoever may see the proposal may print it. */
  @GetMapping("/proposals/{id}/business-case.pdf")
  org.springframework.http.ResponseEntity<byte[]> businessCasePdf(@PathVariable long id) {
    CurrentUser me = identity.requireCurrentUser();
    ProposalView proposal = proposals.get(id, me);
    return PortfolioDocuments.download(
        documents.businessCase(
            proposal,
            proposal.permissions().seeScores() ? evaluation.evaluation(id, me) : null,
            clock.instant()),
        org.springframework.http.MediaType.APPLICATION_PDF,
        PortfolioDocuments.businessCaseFilename(proposal));
  }

  @OnStaleVersion(message = STALE, redirect = "/portfolio/proposals/{id}")
  @PostMapping("/proposals/{id}/submit")
  String submit(
      @PathVariable long id,
      @RequestParam(name = "version", defaultValue = "-1") long version,
      RedirectAttributes redirect) {
    return act(
        id,
        redirect,
        () -> proposals.submit(id, version, identity.requireCurrentUser()),
        "Submitted. The PMO will triage your proposal.");
  }

  @OnStaleVersion(message = STALE, redirect = "/portfolio/proposals/{id}")
  @PostMapping("/proposals/{id}/withdraw")
  String withdraw(
      @PathVariable long id,
      @RequestParam(name = "version", defaultValue = "-1") long version,
      @RequestParam(name = "reason", required = false) String reason,
      RedirectAttributes redirect) {
    return act(
        id,
        redirect,
        () -> proposals.withdraw(id, reason, version, identity.requireCurrentUser()),
        "Withdrawn. The proposal stays on record.");
  }

  @OnStaleVersion(message = STALE, redirect = "/portfolio/proposals/{id}")
  @PostMapping("/proposals/{id}/triage")
  String triage(
      @PathVariable long id,
      @RequestParam(name = "version", defaultValue = "-1") long version,
      @RequestParam(name = "outcome", required = false) ProposalStatus outcome,
      @RequestParam(name = "reason", required = false) String reason,
      RedirectAttributes redirect) {
    return act(
        id,
        redirect,
        () ->
            proposals.triage(
                id,
                new TriageData(outcome, reason, version),
                version,
                identity.requireCurrentUser()),
        outcome == ProposalStatus.UNDER_EVALUATION
            ? "Taken into evaluation. Assign the scorers next."
            : "Decision recorded.");
  }

  @OnStaleVersion(message = STALE, redirect = "/portfolio/proposals/{id}")
  @PostMapping("/proposals/{id}/approve")
  String approve(
      @PathVariable long id,
      @RequestParam(name = "version", defaultValue = "-1") long version,
      @RequestParam(name = "reason", required = false) String reason,
      RedirectAttributes redirect) {
    return act(
        id,
        redirect,
        () -> proposals.approve(id, reason, version, identity.requireCurrentUser()),
        "Approved. The project is being added to the register as a proposed project.");
  }

  @OnStaleVersion(message = STALE, redirect = "/portfolio/proposals/{id}#evaluation")
  @PostMapping("/proposals/{id}/scorers")
  String assignScorers(
      @PathVariable long id,
      @RequestParam(name = "userIds", required = false) List<Long> userIds,
      RedirectAttributes redirect) {
    if (userIds == null || userIds.isEmpty()) {
      redirect.addFlashAttribute("flashError", "Choose at least one scorer.");
      return "redirect:/portfolio/proposals/" + id + "#evaluation";
    }
    act(
        id,
        redirect,
        () -> evaluation.assignScorers(id, userIds, identity.requireCurrentUser()),
        userIds.size() == 1 ? "Scorer assigned." : userIds.size() + " scorers assigned.");
    return "redirect:/portfolio/proposals/" + id + "#evaluation";
  }

  @OnStaleVersion(message = STALE, redirect = "/portfolio/proposals/{id}#evaluation")
  @PostMapping("/proposals/{id}/scorers/{userId}/remove")
  String unassignScorer(
      @PathVariable long id, @PathVariable long userId, RedirectAttributes redirect) {
    act(
        id,
        redirect,
        () -> {
          evaluation.unassignScorer(id, userId, identity.requireCurrentUser());
          return null;
        },
        "Scorer removed.");
    return "redirect:/portfolio/proposals/" + id + "#evaluation";
  }

  /** Runs a decision; rule and input failures come back as a message above the proposal. */
  private String act(
      long id, RedirectAttributes redirect, java.util.function.Supplier<?> action, String done) {
    try {
      action.get();
      redirect.addFlashAttribute("flash", done);
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute(
          "flashError",
          String.join(" ", e.problems().stream().map(FieldProblem::message).toList()));
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("flashError", e.getMessage());
    }
    return "redirect:/portfolio/proposals/" + id;
  }
}
