package org.cairnpmo.governance.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cairnpmo.governance.BoardView;
import org.cairnpmo.governance.ProjectGovernanceView;
import org.cairnpmo.governance.ProjectGovernanceView.GateView;
import org.cairnpmo.governance.ProjectGovernanceView.ReviewView;
import org.cairnpmo.governance.domain.ConditionMetData;
import org.cairnpmo.governance.domain.DecisionData;
import org.cairnpmo.governance.domain.GateBoard;
import org.cairnpmo.governance.domain.GateDecision;
import org.cairnpmo.governance.domain.GatePassage;
import org.cairnpmo.governance.domain.GateService;
import org.cairnpmo.governance.domain.MethodologyService;
import org.cairnpmo.governance.domain.PlacementData;
import org.cairnpmo.governance.domain.RiskLevel;
import org.cairnpmo.governance.domain.VoteData;
import org.cairnpmo.governance.domain.VoteRule;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.history.web.HistoryPanel;
import org.cairnpmo.platform.web.FormErrors;
import org.cairnpmo.platform.web.OnStaleVersion;
import org.cairnpmo.projects.ProjectAccess;
import org.cairnpmo.projects.ProjectView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The governance board's pages: the board itself and each project's gates (its place in the
 * lifecycle, the current gate's checklist, review requests, decisions and conditions). Every rule
 * is the services'; this class turns their answers into pages.
 */
@Controller
@RequestMapping("/governance")
record GovernancePageController(
    GateService gates,
    GateBoard board,
    IdentityApi identity,
    Validator validator,
    HistoryPanel historyPanel) {

  @InitBinder
  void initBinder(WebDataBinder binder) {
    binder.setDisallowedFields("id", "projectId");
  }

  // ---------------------------------------------------------------- the board

  @GetMapping
  String board(Model model, CurrentUser viewer) {
    model.addAttribute("board", board.board(viewer));
    model.addAttribute("governed", gates.governedProjects(viewer));
    model.addAttribute("canManage", MethodologyService.mayManage(viewer));
    model.addAttribute("recentDays", BoardView.RECENT_DAYS);
    return "governance/board";
  }

  /** Opens a project's gates by its code (the board's "find a project" form). */
  @GetMapping("/projects/lookup")
  String lookup(
      @RequestParam(defaultValue = "") String code,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    String wanted = code.trim();
    Optional<ProjectView> found = gates.projectByCode(wanted, viewer);
    if (found.isEmpty()) {
      redirect.addFlashAttribute(
          "flashError",
          wanted.isEmpty()
              ? "Enter a project code."
              : "No project you can see has the code " + wanted + ".");
      return "redirect:/governance";
    }
    return "redirect:/governance/projects/" + found.get().id();
  }

  // ---------------------------------------------------------------- a project's gates

  @GetMapping("/projects/{projectId}")
  String project(
      @PathVariable long projectId,
      @RequestParam(name = "riskLevel", required = false) RiskLevel risk,
      @RequestParam(required = false) Long tierId,
      @RequestParam(required = false) Long lifecycleId,
      @RequestParam(required = false) Integer currentPhase,
      Model model,
      CurrentUser viewer) {
    // The placement form draws itself again with these as its choices change.
    PlacementForm placement = new PlacementForm();
    if (risk != null) {
      placement.setRiskLevel(risk);
    }
    placement.setTierId(tierId);
    placement.setLifecycleId(lifecycleId);
    placement.setCurrentPhase(currentPhase);
    return show(projectId, viewer, model, placement, null, null);
  }

  @PostMapping("/projects/{projectId}/placement")
  String place(
      @PathVariable long projectId,
      @ModelAttribute("placement") PlacementForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    PlacementData data = form.toData(projectId);
    Optional<ProjectGovernanceView> placed =
        FormErrors.validateAndAttempt(
            validator, data, binding, model, () -> gates.place(data, viewer));
    if (placed.isPresent()) {
      redirect.addFlashAttribute("flash", placedMessage(placed.get()));
      return "redirect:/governance/projects/" + projectId;
    }
    return show(projectId, viewer, model, form, null, null);
  }

  @PostMapping("/projects/{projectId}/gates/{gateId}/checklist")
  String checklist(
      @PathVariable long projectId,
      @PathVariable long gateId,
      @RequestParam(defaultValue = "save") String action,
      @ModelAttribute("checklist") ChecklistForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    boolean request = "request".equals(action);
    Optional<String> saved =
        FormErrors.attempt(
            binding,
            model,
            "conflict",
            () -> {
              if (request) {
                gates.requestReview(projectId, gateId, form.toRequest(), viewer);
                return "Review requested. The gate's reviewers and the board can now decide.";
              }
              gates.updateChecklist(projectId, gateId, form.toData(), form.editedVersion(), viewer);
              return "Checklist saved.";
            });
    if (saved.isPresent()) {
      redirect.addFlashAttribute("flash", saved.get());
      return "redirect:/governance/projects/" + projectId + "#current-gate";
    }
    return show(projectId, viewer, model, null, form, null);
  }

  @PostMapping("/projects/{projectId}/gates/{gateId}/decision")
  String decide(
      @PathVariable long projectId,
      @PathVariable long gateId,
      @ModelAttribute("decision") DecisionForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    DecisionData data = form.toData();
    if (!binding.hasErrors()) {
      FormErrors.validate(validator, data, binding);
    }
    Optional<GateService.Result> result =
        FormErrors.attempt(
            binding, model, "conflict", () -> gates.decide(projectId, gateId, data, viewer));
    if (result.isPresent()) {
      redirect.addFlashAttribute("flash", decidedMessage(result.get(), data.decision()));
      return "redirect:/governance/projects/" + projectId;
    }
    form.padConditions();
    return show(projectId, viewer, model, null, null, form);
  }

  @PostMapping("/projects/{projectId}/gates/{gateId}/vote")
  String vote(
      @PathVariable long projectId,
      @PathVariable long gateId,
      @ModelAttribute("vote") VoteForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    VoteData data = form.toData();
    Optional<GateService.Result> result =
        FormErrors.validateAndAttempt(
            validator, data, binding, model, () -> gates.vote(projectId, gateId, data, viewer));
    if (result.isPresent()) {
      ReviewView review = result.get().review();
      redirect.addFlashAttribute(
          "flash",
          review.decided()
              ? "Vote recorded. " + decidedMessage(result.get(), review.decision())
              : "Vote recorded. The gate is decided when the approvers' votes satisfy the rule.");
      return "redirect:/governance/projects/" + projectId;
    }
    return show(projectId, viewer, model, null, null, null);
  }

  @PostMapping("/projects/{projectId}/conditions/{conditionId}/met")
  @OnStaleVersion(
      message = "Someone else changed this project's gates at the same moment. Here they are now.",
      redirect = "/governance/projects/{projectId}#decisions")
  String conditionMet(
      @PathVariable long projectId,
      @PathVariable long conditionId,
      @RequestParam(required = false) String note,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    ProjectGovernanceView view;
    try {
      view = gates.markConditionMet(projectId, conditionId, new ConditionMetData(note), viewer);
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("flashError", e.getMessage());
      return "redirect:/governance/projects/" + projectId;
    }
    if ("true".equals(htmx)) {
      model.addAttribute("gov", view);
      model.addAttribute("condition", view.condition(conditionId).orElseThrow());
      return "governance/project :: condition";
    }
    redirect.addFlashAttribute("flash", "Condition marked as met.");
    return "redirect:/governance/projects/" + projectId + "#decisions";
  }

  private static String placedMessage(ProjectGovernanceView placed) {
    GateView current = placed.currentGate();
    return placed.projectCode()
        + " now follows "
        + placed.lifecycleName()
        + ". It is in "
        + (current.position() == 0
            ? "its first phase, " + current.phaseName() + "."
            : "its phase "
                + (current.position() + 1)
                + ", "
                + current.phaseName()
                + "; the gates before it are recorded as passed before Cairn.");
  }

  private static String decidedMessage(GateService.Result result, GateDecision decision) {
    ProjectGovernanceView p = result.project();
    GateView current = p.currentGate();
    return switch (decision) {
      case GO, GO_WITH_CONDITIONS ->
          current == null
              ? "Decision recorded: " + decision.label() + ". The lifecycle is complete."
              : "Decision recorded: "
                  + decision.label()
                  + ". "
                  + p.projectCode()
                  + " is now in "
                  + current.phaseName()
                  + ".";
      case HOLD -> "Decision recorded: Hold. The project waits at the gate.";
      case RECYCLE -> "Decision recorded: Recycle. The project goes back to work on this phase.";
      case KILL ->
          "Decision recorded: Kill. " + p.projectCode() + " is being cancelled in the register.";
    };
  }

  // ---------------------------------------------------------------- page model

  private String show(
      long projectId,
      CurrentUser viewer,
      Model model,
      PlacementForm placement,
      ChecklistForm checklist,
      DecisionForm decision) {
    ProjectView project = gates.project(projectId, viewer);
    model.addAttribute("project", project);
    Optional<ProjectGovernanceView> governed = gates.find(projectId, viewer);
    if (governed.isEmpty()) {
      PlacementForm form = placement == null ? new PlacementForm() : placement;
      model.addAttribute("placement", form);
      model.addAttribute("canPlace", ProjectAccess.canEdit(viewer, project.managerId()));
      GateService.PlacementOptions options =
          gates.placementOptions(
              projectId, form.getRiskLevel(), form.getTierId(), form.getLifecycleId(), viewer);
      model.addAttribute("tiers", options.tiers());
      model.addAttribute("lifecycles", options.lifecycles());
      model.addAttribute("classification", options.classification());
      model.addAttribute("startLifecycle", options.startLifecycle());
      model.addAttribute("risks", RiskLevel.values());
      return "governance/place";
    }
    ProjectGovernanceView gov = governed.get();
    GateView current = gov.currentGate();
    model.addAttribute("gov", gov);
    model.addAttribute("current", current);
    if (current != null) {
      model.addAttribute(
          "checklist", checklist != null ? checklist : ChecklistForm.of(current, gov.version()));
      model.addAttribute(
          "decision", decision != null ? decision : DecisionForm.empty(current.openReviewId()));
      if (!model.containsAttribute("vote")) {
        model.addAttribute("vote", VoteForm.empty(current.openReviewId()));
      }
      if (gov.can().decide() || gov.can().requestReview()) {
        model.addAttribute("people", identity.activeUsers());
        model.addAttribute("decisions", GateDecision.values());
        model.addAttribute("voteRules", VoteRule.values());
      }
      if (gov.can().vote()) {
        model.addAttribute("votes", VoteForm.CHOICES);
      }
      model.addAttribute(
          "openReview",
          current.reviews().stream()
              .filter(r -> current.openReviewId() != null && r.id() == current.openReviewId())
              .findFirst()
              .orElse(null));
      // The gate being worked on: its checklist, dates and decisions as they changed.
      historyPanel.addTo(model, "gate", current.id());
    }
    model.addAttribute("history", history(gov));
    return "governance/project";
  }

  /**
   * Every review of the project and every gate passed on record, the newest first (gates passed
   * together on record in the order of the lifecycle), with the gate each concerned.
   */
  private static List<HistoryEntry> history(ProjectGovernanceView gov) {
    List<HistoryEntry> entries = new ArrayList<>();
    for (GateView g : gov.gates()) {
      if (g.passage() != null) {
        entries.add(
            new HistoryEntry(
                g.id(), g.phaseName(), g.gateName(), null, g.passage(), g.passage().recordedAt()));
      }
      for (ReviewView r : g.reviews()) {
        entries.add(
            new HistoryEntry(g.id(), g.phaseName(), g.gateName(), r, null, r.requestedAt()));
      }
    }
    entries.sort(
        Comparator.comparing(HistoryEntry::at)
            .thenComparing(e -> e.review() == null ? 0 : e.review().id())
            .thenComparing(HistoryEntry::gateId)
            .reversed());
    return entries;
  }

  /** A review, or a gate passed on record, in the project's decision history. */
  public record HistoryEntry(
      long gateId,
      String phaseName,
      String gateName,
      ReviewView review,
      GatePassage passage,
      Instant at) {}

  // ---------------------------------------------------------------- errors

  /** An unparseable path or parameter (e.g. a gate id that is not a number). */
  @ExceptionHandler(
      org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class)
  void badRequest(HttpServletResponse response) throws IOException {
    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
  }
}
