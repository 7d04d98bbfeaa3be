package org.cairnpmo.governance.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.io.IOException;
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
import org.cairnpmo.governance.domain.GateDecision;
import org.cairnpmo.governance.domain.GateService;
import org.cairnpmo.governance.domain.MethodologyService;
import org.cairnpmo.governance.domain.PlacementData;
import org.cairnpmo.governance.domain.ReviewRequestData;
import org.cairnpmo.governance.domain.RiskLevel;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.StaleVersionException;
import org.cairnpmo.platform.web.FormErrors;
import org.cairnpmo.projects.ProjectAccess;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
class GovernancePageController {

  private final GateService gates;
  private final MethodologyService methodology;
  private final ProjectsApi projects;
  private final IdentityApi identity;
  private final Validator validator;

  GovernancePageController(
      GateService gates,
      MethodologyService methodology,
      ProjectsApi projects,
      IdentityApi identity,
      Validator validator) {
    this.gates = gates;
    this.methodology = methodology;
    this.projects = projects;
    this.identity = identity;
    this.validator = validator;
  }

  @InitBinder
  void initBinder(WebDataBinder binder) {
    binder.setDisallowedFields("id", "projectId");
  }

  // ---------------------------------------------------------------- the board

  @GetMapping
  String board(Model model) {
    CurrentUser viewer = identity.requireCurrentUser();
    BoardView board = gates.board(viewer);
    model.addAttribute("board", board);
    model.addAttribute("governed", gates.governedProjects(viewer));
    model.addAttribute("canManage", MethodologyService.mayManage(viewer));
    model.addAttribute("recentDays", BoardView.RECENT_DAYS);
    return "governance/board";
  }

  /** Opens a project's gates by its code (the board's "find a project" form). */
  @GetMapping("/projects/lookup")
  String lookup(@RequestParam(defaultValue = "") String code, RedirectAttributes redirect) {
    CurrentUser viewer = identity.requireCurrentUser();
    String wanted = code.trim();
    Optional<ProjectView> found =
        wanted.isEmpty()
            ? Optional.empty()
            : projects
                .search(
                    new ProjectFilter(wanted, null, null, null, null, null),
                    PageRequest.of(0, 20),
                    viewer)
                .stream()
                .filter(p -> p.code().equalsIgnoreCase(wanted))
                .findFirst();
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
      Model model) {
    CurrentUser viewer = identity.requireCurrentUser();
    PlacementForm placement = new PlacementForm();
    if (risk != null) {
      placement.setRiskLevel(risk);
    }
    return show(projectId, viewer, model, placement, null, null);
  }

  @PostMapping("/projects/{projectId}/placement")
  String place(
      @PathVariable long projectId,
      @ModelAttribute("placement") PlacementForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    CurrentUser viewer = identity.requireCurrentUser();
    PlacementData data = form.toData(projectId);
    if (!binding.hasErrors() && FormErrors.validate(validator, data, binding)) {
      try {
        ProjectGovernanceView placed = gates.place(data, viewer);
        redirect.addFlashAttribute(
            "flash",
            placed.projectCode()
                + " now follows "
                + placed.lifecycleName()
                + ". It is in its first phase, "
                + placed.gates().get(0).phaseName()
                + ".");
        return "redirect:/governance/projects/" + projectId;
      } catch (InvalidInputException e) {
        FormErrors.reject(binding, e);
      } catch (BusinessRuleException e) {
        redirect.addFlashAttribute("flashError", e.getMessage());
        return "redirect:/governance/projects/" + projectId;
      }
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
      RedirectAttributes redirect) {
    CurrentUser viewer = identity.requireCurrentUser();
    boolean request = "request".equals(action);
    if (!binding.hasErrors()) {
      try {
        if (request) {
          gates.requestReview(
              projectId,
              gateId,
              new ReviewRequestData(form.getNote(), form.toData(), form.getVersion()),
              viewer);
          redirect.addFlashAttribute(
              "flash", "Review requested. The gate's reviewers and the board can now decide.");
        } else {
          long version = form.getVersion() == null ? -1 : form.getVersion();
          gates.updateChecklist(projectId, gateId, form.toData(), version, viewer);
          redirect.addFlashAttribute("flash", "Checklist saved.");
        }
        return "redirect:/governance/projects/" + projectId + "#current-gate";
      } catch (InvalidInputException e) {
        FormErrors.reject(binding, e);
      } catch (StaleVersionException | ObjectOptimisticLockingFailureException e) {
        model.addAttribute("conflict", true);
      } catch (BusinessRuleException e) {
        redirect.addFlashAttribute("flashError", e.getMessage());
        return "redirect:/governance/projects/" + projectId;
      }
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
      RedirectAttributes redirect) {
    CurrentUser viewer = identity.requireCurrentUser();
    if (!binding.hasErrors()) {
      DecisionData data = form.toData();
      if (FormErrors.validate(validator, data, binding)) {
        try {
          GateService.Result result = gates.decide(projectId, gateId, data, viewer);
          redirect.addFlashAttribute("flash", decidedMessage(result, data.decision()));
          return "redirect:/governance/projects/" + projectId;
        } catch (InvalidInputException e) {
          FormErrors.reject(binding, e);
        } catch (BusinessRuleException | ObjectOptimisticLockingFailureException e) {
          redirect.addFlashAttribute(
              "flashError",
              e instanceof BusinessRuleException
                  ? e.getMessage()
                  : "Someone else recorded a decision at the same moment. Here is the gate as it"
                      + " is now.");
          return "redirect:/governance/projects/" + projectId;
        }
      }
    }
    form.padConditions();
    return show(projectId, viewer, model, null, null, form);
  }

  @PostMapping("/projects/{projectId}/conditions/{conditionId}/met")
  String conditionMet(
      @PathVariable long projectId,
      @PathVariable long conditionId,
      @RequestParam(required = false) String note,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model,
      RedirectAttributes redirect) {
    CurrentUser viewer = identity.requireCurrentUser();
    ProjectGovernanceView view;
    try {
      view = gates.markConditionMet(projectId, conditionId, new ConditionMetData(note), viewer);
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("flashError", e.getMessage());
      return "redirect:/governance/projects/" + projectId;
    }
    if ("true".equals(htmx)) {
      model.addAttribute("gov", view);
      model.addAttribute(
          "condition",
          view.gates().stream()
              .flatMap(g -> g.reviews().stream())
              .flatMap(r -> r.conditions().stream())
              .filter(c -> c.id() == conditionId)
              .findFirst()
              .orElseThrow());
      return "governance/project :: condition";
    }
    redirect.addFlashAttribute("flash", "Condition marked as met.");
    return "redirect:/governance/projects/" + projectId + "#decisions";
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
    ProjectView project =
        projects
            .visibleProject(projectId, viewer)
            .orElseThrow(() -> new NotFoundException("Project", projectId));
    model.addAttribute("project", project);
    Optional<ProjectGovernanceView> governed = gates.find(projectId, viewer);
    if (governed.isEmpty()) {
      PlacementForm form = placement == null ? new PlacementForm() : placement;
      model.addAttribute("placement", form);
      model.addAttribute("canPlace", ProjectAccess.canEdit(viewer, project.managerId()));
      model.addAttribute("tiers", methodology.tiers());
      model.addAttribute(
          "lifecycles", methodology.lifecycles().stream().filter(l -> !l.retired()).toList());
      model.addAttribute("classification", gates.classify(projectId, form.getRiskLevel(), viewer));
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
      if (gov.can().decide()) {
        model.addAttribute("people", identity.activeUsers());
        model.addAttribute("decisions", GateDecision.values());
      }
      model.addAttribute(
          "openReview",
          current.reviews().stream()
              .filter(r -> current.openReviewId() != null && r.id() == current.openReviewId())
              .findFirst()
              .orElse(null));
    }
    model.addAttribute("history", history(gov));
    return "governance/project";
  }

  /** Every review of the project, the newest first, with the gate it concerned. */
  private static List<HistoryEntry> history(ProjectGovernanceView gov) {
    List<HistoryEntry> entries = new ArrayList<>();
    for (GateView g : gov.gates()) {
      for (ReviewView r : g.reviews()) {
        entries.add(new HistoryEntry(g.id(), g.phaseName(), g.gateName(), r));
      }
    }
    entries.sort(
        Comparator.comparing((HistoryEntry e) -> e.review().requestedAt())
            .thenComparing(e -> e.review().id())
            .reversed());
    return entries;
  }

  /** A review in the project's decision history. */
  public record HistoryEntry(long gateId, String phaseName, String gateName, ReviewView review) {}

  // ---------------------------------------------------------------- errors

  /** An unparseable path or parameter (e.g. a gate id that is not a number). */
  @ExceptionHandler(
      org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class)
  void badRequest(HttpServletResponse response) throws IOException {
    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
  }
}
