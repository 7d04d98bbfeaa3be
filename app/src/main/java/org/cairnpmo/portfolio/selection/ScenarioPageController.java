package org.cairnpmo.portfolio.selection;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.history.web.HistoryPanel;
import org.cairnpmo.platform.web.EditForm;
import org.cairnpmo.platform.web.FormErrors;
import org.cairnpmo.platform.web.OnStaleVersion;
import org.cairnpmo.portfolio.domain.PortfolioAccess;
import org.cairnpmo.portfolio.domain.PortfolioViewer;
import org.cairnpmo.portfolio.domain.ProposalCandidate;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** Scenario pages: list, form, the scenario with its run, frontier and commit, and comparison. */
@Controller
@RequestMapping("/portfolio/scenarios")
record ScenarioPageController(
    ScenarioService scenarios,
    ScenarioExports exports,
    IdentityApi identity,
    Validator validator,
    JsonMapper json,
    HistoryPanel history) {

  @ModelAttribute("portfolioViewer")
  PortfolioViewer viewer() {
    return identity.currentUser().map(PortfolioViewer::of).orElse(PortfolioViewer.NOBODY);
  }

  @GetMapping
  String list(CurrentUser me, Model model) {
    model.addAttribute("scenarios", scenarios.list(me));
    return "portfolio/scenarios";
  }

  @GetMapping("/new")
  String newScenario(CurrentUser me, Model model) {
    List<ProposalCandidate> all = scenarios.eligible(me);
    ScenarioForm form = new ScenarioForm();
    form.setCandidateIds(
        new ArrayList<>(
            ScenarioService.chosen(form.toData(), all).stream()
                .map(ProposalCandidate::id)
                .toList()));
    model.addAttribute("form", form);
    return showForm(null, all, me, model);
  }

  @GetMapping("/{id}/edit")
  String edit(@PathVariable long id, CurrentUser me, Model model) {
    ScenarioView view = scenarios.get(id, me);
    List<ProposalCandidate> all = scenarios.eligible(me);
    ScenarioForm form = ScenarioForm.of(view.definition());
    if (view.definition().candidateIds().isEmpty()) {
      form.setCandidateIds(
          new ArrayList<>(
              view.candidates().stream().map(ScenarioView.CandidateRow::proposalId).toList()));
    }
    model.addAttribute("form", form);
    return showForm(view, all, me, model);
  }

  /** Defines a scenario, or saves the changes to scenario {@code id}; else the form again. */
  @PostMapping({"", "/{id}/edit"})
  String save(
      @PathVariable(required = false) Long id,
      @ModelAttribute("form") ScenarioForm form,
      BindingResult binding,
      CurrentUser me,
      Model model) {
    ScenarioView view = id == null ? null : scenarios.get(id, me);
    List<ProposalCandidate> all = scenarios.eligible(me);
    long expected = form.editedVersion();
    return FormErrors.attempt(
            binding,
            model,
            "conflict",
            () ->
                id == null
                    ? scenarios.create(validated(form), me)
                    : scenarios.revise(id, validated(form), expected, me))
        .map(saved -> "redirect:/portfolio/scenarios/" + saved.id())
        .orElseGet(() -> showForm(view, all, me, model));
  }

  /**
   * The form again with the capacity limits taken from the resource pool for the candidates ticked,
   * nothing saved: the PMO checks them and saves.
   */
  @PostMapping({"/capacity-from-pool", "/{id}/edit/capacity-from-pool"})
  String fillFromPool(
      CurrentUser me,
      @PathVariable(required = false) Long id,
      // Bound with its result so that a field that does not read is named when the form is drawn.
      @ModelAttribute("form") ScenarioForm form,
      BindingResult binding,
      Model model) {
    ScenarioService.requireGoverns(me);
    List<Long> ids = form.getCandidateIds() == null ? List.of() : form.getCandidateIds();
    PoolCapacity pool =
        scenarios.capacityFromPool(ids.stream().filter(java.util.Objects::nonNull).toList(), me);
    ScenarioView view = id == null ? null : scenarios.get(id, me);
    form.fillCapacity(pool);
    model.addAttribute("pool", pool);
    return showForm(view, scenarios.eligible(me), me, model);
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, CurrentUser me, Model model) {
    ScenarioView view = scenarios.get(id, me);
    model.addAttribute("scenario", view);
    history.addTo(model, "scenario", id);
    model.addAttribute("governs", PortfolioAccess.governs(me));
    RunView run = view.latestRun();
    RunView done = latestDone(id, me);
    model.addAttribute("run", run);
    model.addAttribute("doneRun", done);
    model.addAttribute("needsManager", scenarios.selectedWithoutManager(run, me));
    model.addAttribute(
        "frontierJson", done == null ? "[]" : json.writeValueAsString(done.result().frontier()));
    model.addAttribute("unscored", unscored(view, run));
    return "portfolio/scenario";
  }

  /** The run panel, polled every second while the run is active; reloads the page when it ends. */
  @GetMapping("/{id}/runs/{runId}/progress")
  String progress(
      @PathVariable long id,
      @PathVariable long runId,
      CurrentUser me,
      Model model,
      HttpServletResponse response) {
    RunView run = scenarios.run(id, runId, me);
    if (!run.active()) {
      response.setHeader("HX-Refresh", "true");
    }
    model.addAttribute("scenario", scenarios.get(id, me));
    model.addAttribute("governs", PortfolioAccess.governs(me));
    model.addAttribute("run", run);
    return "portfolio/scenario :: progress";
  }

  @PostMapping("/{id}/runs")
  String start(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
    return onScenario(id, redirect, () -> scenarios.startRun(id, null, me));
  }

  @PostMapping("/{id}/runs/{runId}/cancel")
  String cancel(
      @PathVariable long id,
      @PathVariable long runId,
      CurrentUser me,
      RedirectAttributes redirect) {
    return onScenario(id, redirect, () -> scenarios.cancel(id, runId, me));
  }

  /**
   * Commits the shown run. Selected proposals without a score need a reason ({@code
   * missingScoresReason}), which the form asks for when it warns about them.
   */
  @PostMapping("/{id}/commit")
  @OnStaleVersion(
      message = "Someone changed this scenario meanwhile; look at it again before committing.",
      redirect = "/portfolio/scenarios/{id}")
  String commit(
      @PathVariable long id,
      @RequestParam(required = false) Long runId,
      @RequestParam(required = false) String rationale,
      @RequestParam(required = false) Long version,
      @RequestParam(required = false) String missingScoresReason,
      @RequestParam Map<String, String> fields,
      CurrentUser me,
      RedirectAttributes redirect) {
    if (rationale == null || rationale.isBlank()) {
      redirect.addFlashAttribute(
          "problem", "Give the rationale for the decision before committing.");
      return "redirect:/portfolio/scenarios/" + id;
    }
    CommitData data =
        new CommitData(
            runId, rationale, version, missingScoresReason, CommitData.managersFrom(fields));
    String page =
        onScenario(
            id,
            redirect,
            () -> scenarios.commit(id, requireValid(data), EditForm.editedVersion(version), me));
    if (!redirect.getFlashAttributes().containsKey("problem")) {
      redirect.addFlashAttribute(
          "notice", "Committed. The selected proposals are approved and become projects.");
    }
    return page;
  }

  /** Runs an action on a scenario and shows the scenario again, with the rule it broke if any. */
  private static String onScenario(long id, RedirectAttributes redirect, Supplier<?> action) {
    try {
      action.get();
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("problem", e.getMessage());
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute(
          "problem", e.problems().isEmpty() ? e.getMessage() : e.problems().get(0).message());
    }
    return "redirect:/portfolio/scenarios/" + id;
  }

  private RunView latestDone(long id, CurrentUser me) {
    return scenarios.runs(id, me).stream()
        .filter(r -> r.status() == RunStatus.DONE && r.result() != null)
        .findFirst()
        .orElse(null);
  }

  /** The selected proposals of the run that have no score now (the commit asks why). */
  private static List<String> unscored(ScenarioView view, RunView run) {
    if (run == null || run.result() == null) {
      return List.of();
    }
    return run.result().selected().stream()
        .filter(
            p ->
                view.candidates().stream()
                    .anyMatch(c -> c.proposalId() == p.proposalId() && c.weightedScore() == null))
        .map(RunResult.Pick::code)
        .toList();
  }

  @GetMapping("/{id}/ranking.xlsx")
  ResponseEntity<byte[]> rankingXlsx(@PathVariable long id, CurrentUser me) {
    return exports.rankingDownload(scenarios.report(id, me));
  }

  @GetMapping("/{id}/recommendation.pdf")
  ResponseEntity<byte[]> recommendationPdf(@PathVariable long id, CurrentUser me) {
    return exports.recommendationDownload(scenarios.report(id, me));
  }

  @GetMapping("/compare")
  String compare(
      @RequestParam(name = "ids", required = false) List<Long> ids, CurrentUser me, Model model) {
    List<ScenarioView> chosen = new ArrayList<>();
    List<RunResult> results = new ArrayList<>();
    for (Long id : ids == null ? List.<Long>of() : new ArrayList<>(new LinkedHashSet<>(ids))) {
      chosen.add(scenarios.get(id, me));
      RunView done = latestDone(id, me);
      results.add(done == null ? null : done.result());
    }
    model.addAttribute("comparison", ScenarioComparison.of(chosen, results));
    model.addAttribute("all", scenarios.list(me));
    return "portfolio/scenarios-compare";
  }

  private ScenarioData validated(ScenarioForm form) {
    return requireValid(form.toData());
  }

  /** The data once bean validation finds nothing wrong with it. */
  private <T> T requireValid(T data) {
    List<InvalidInputException.FieldProblem> problems = FormErrors.problems(validator, data);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return data;
  }

  private String showForm(
      ScenarioView scenario, List<ProposalCandidate> all, CurrentUser me, Model model) {
    ScenarioService.requireGoverns(me);
    ScenarioForm form = (ScenarioForm) model.getAttribute("form");
    form.dropBlankRows();
    form.withBlankRows();
    BindingResult binding =
        (BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "form");
    Set<String> seen = new LinkedHashSet<>();
    List<String> problems = new ArrayList<>();
    if (binding != null) {
      for (ObjectError e : binding.getAllErrors()) {
        String message =
            (e instanceof FieldError f ? label(f.getField()) + ": " : "") + e.getDefaultMessage();
        if (seen.add(message)) {
          problems.add(message);
        }
      }
    }
    model.addAttribute("scenario", scenario);
    model.addAttribute("eligible", all);
    model.addAttribute("objectives", Objective.values());
    model.addAttribute("problems", problems);
    return "portfolio/scenario-form";
  }

  private static String label(String field) {
    return switch (field.replaceAll("\\[.*", "")) {
      case "name" -> "Name";
      case "objective" -> "Objective";
      case "alpha" -> "Weight of the score";
      case "budgetLimits" -> "Budget per period";
      case "totalBudget" -> "Total budget";
      case "capacityLimits" -> "Capacity per role and period";
      case "mustInclude" -> "Must include";
      case "mustExclude" -> "Must exclude";
      case "exclusiveGroups" -> "Mutually exclusive groups";
      case "prerequisites" -> "Prerequisites";
      case "timeLimitSeconds" -> "Time limit";
      case "frontierLevels" -> "Frontier levels";
      case "candidateIds" -> "Candidates";
      default -> field;
    };
  }
}
