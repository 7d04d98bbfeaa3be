package org.cairnpmo.portfolio.selection;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.StaleVersionException;
import org.cairnpmo.portfolio.domain.PortfolioAccess;
import org.cairnpmo.portfolio.domain.ProposalCandidate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
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
class ScenarioPageController {

  private final ScenarioService scenarios;
  private final ScenarioExports exports;
  private final IdentityApi identity;
  private final Validator validator;
  private final JsonMapper json;

  ScenarioPageController(
      ScenarioService scenarios,
      ScenarioExports exports,
      IdentityApi identity,
      Validator validator,
      JsonMapper json) {
    this.scenarios = scenarios;
    this.exports = exports;
    this.identity = identity;
    this.validator = validator;
    this.json = json;
  }

  @InitBinder("form")
  void initBinder(WebDataBinder binder) {
    binder.setDisallowedFields("id");
  }

  /** The viewer as the portfolio tabs need them. */
  public record Viewer(boolean governs, boolean readsAll) {}

  @ModelAttribute("portfolioViewer")
  Viewer viewer() {
    return identity
        .currentUser()
        .map(u -> new Viewer(PortfolioAccess.governs(u), PortfolioAccess.readsAll(u)))
        .orElse(new Viewer(false, false));
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("scenarios", scenarios.list(identity.requireCurrentUser()));
    return "portfolio/scenarios";
  }

  @GetMapping("/new")
  String newScenario(Model model) {
    CurrentUser me = identity.requireCurrentUser();
    List<ProposalCandidate> all = scenarios.eligible(me);
    ScenarioForm form = new ScenarioForm();
    form.setCandidateIds(
        new ArrayList<>(
            ScenarioService.chosen(form.toData(all), all).stream()
                .map(ProposalCandidate::id)
                .toList()));
    model.addAttribute("form", form);
    return showForm(null, all, List.of(), model);
  }

  @PostMapping
  String create(@ModelAttribute("form") ScenarioForm form, Model model) {
    CurrentUser me = identity.requireCurrentUser();
    List<ProposalCandidate> all = scenarios.eligible(me);
    try {
      ScenarioView view = scenarios.create(validated(form, all), me);
      return "redirect:/portfolio/scenarios/" + view.id();
    } catch (InvalidInputException e) {
      return showForm(null, all, e.problems(), model);
    }
  }

  @GetMapping("/{id}/edit")
  String edit(@PathVariable long id, Model model) {
    CurrentUser me = identity.requireCurrentUser();
    ScenarioView view = scenarios.get(id, me);
    List<ProposalCandidate> all = scenarios.eligible(me);
    ScenarioForm form = ScenarioForm.of(view.definition(), all);
    if (view.definition().candidateIds().isEmpty()) {
      form.setCandidateIds(
          new ArrayList<>(
              view.candidates().stream().map(ScenarioView.CandidateRow::proposalId).toList()));
    }
    model.addAttribute("form", form);
    return showForm(view, all, List.of(), model);
  }

  @PostMapping("/{id}/edit")
  String revise(@PathVariable long id, @ModelAttribute("form") ScenarioForm form, Model model) {
    CurrentUser me = identity.requireCurrentUser();
    ScenarioView view = scenarios.get(id, me);
    List<ProposalCandidate> all = scenarios.eligible(me);
    try {
      long expected = form.getVersion() == null ? -1 : form.getVersion();
      scenarios.revise(id, validated(form, all), expected, me);
      return "redirect:/portfolio/scenarios/" + id;
    } catch (InvalidInputException e) {
      return showForm(view, all, e.problems(), model);
    } catch (StaleVersionException | BusinessRuleException e) {
      return showForm(
          view, all, List.of(new InvalidInputException.FieldProblem(null, e.getMessage())), model);
    }
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model) {
    CurrentUser me = identity.requireCurrentUser();
    ScenarioView view = scenarios.get(id, me);
    model.addAttribute("scenario", view);
    model.addAttribute("governs", PortfolioAccess.governs(me));
    RunView run = view.latestRun();
    RunView done =
        scenarios.runs(id, me).stream()
            .filter(r -> r.status() == RunStatus.DONE && r.result() != null)
            .findFirst()
            .orElse(null);
    model.addAttribute("run", run);
    model.addAttribute("doneRun", done);
    model.addAttribute("needsManager", scenarios.selectedWithoutManager(run, me));
    model.addAttribute(
        "frontierJson", done == null ? "[]" : json.writeValueAsString(done.result().frontier()));
    return "portfolio/scenario";
  }

  /** The run panel, polled every second while the run is active; reloads the page when it ends. */
  @GetMapping("/{id}/runs/{runId}/progress")
  String progress(
      @PathVariable long id, @PathVariable long runId, Model model, HttpServletResponse response) {
    CurrentUser me = identity.requireCurrentUser();
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
  String start(@PathVariable long id, RedirectAttributes redirect) {
    try {
      scenarios.startRun(id, null, identity.requireCurrentUser());
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("problem", e.getMessage());
    }
    return "redirect:/portfolio/scenarios/" + id;
  }

  @PostMapping("/{id}/runs/{runId}/cancel")
  String cancel(@PathVariable long id, @PathVariable long runId, RedirectAttributes redirect) {
    try {
      scenarios.cancel(id, runId, identity.requireCurrentUser());
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("problem", e.getMessage());
    }
    return "redirect:/portfolio/scenarios/" + id;
  }

  @PostMapping("/{id}/commit")
  String commit(
      @PathVariable long id,
      @RequestParam(required = false) Long runId,
      @RequestParam(required = false) String rationale,
      @RequestParam(required = false) Long version,
      @RequestParam Map<String, String> fields,
      RedirectAttributes redirect) {
    if (rationale == null || rationale.isBlank()) {
      redirect.addFlashAttribute(
          "problem", "Give the rationale for the decision before committing.");
      return "redirect:/portfolio/scenarios/" + id;
    }
    try {
      scenarios.commit(
          id,
          new CommitData(runId, rationale, version, CommitData.managersFrom(fields)),
          version == null ? -1 : version,
          identity.requireCurrentUser());
      redirect.addFlashAttribute(
          "notice", "Committed. The selected proposals are approved and become projects.");
    } catch (BusinessRuleException | StaleVersionException e) {
      redirect.addFlashAttribute("problem", e.getMessage());
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("problem", e.problems().get(0).message());
    }
    return "redirect:/portfolio/scenarios/" + id;
  }

  @GetMapping("/{id}/ranking.xlsx")
  org.springframework.http.ResponseEntity<byte[]> rankingXlsx(@PathVariable long id) {
    return ScenarioApiController.download(
        exports.xlsx(scenarios.report(id, identity.requireCurrentUser())),
        ScenarioApiController.XLSX,
        "scenario-" + id + "-ranking.xlsx");
  }

  @GetMapping("/{id}/recommendation.pdf")
  org.springframework.http.ResponseEntity<byte[]> recommendationPdf(@PathVariable long id) {
    return ScenarioApiController.download(
        exports.pdf(scenarios.report(id, identity.requireCurrentUser())),
        org.springframework.http.MediaType.APPLICATION_PDF,
        "scenario-" + id + "-recommendation.pdf");
  }

  @GetMapping("/compare")
  String compare(@RequestParam(name = "ids", required = false) List<Long> ids, Model model) {
    CurrentUser me = identity.requireCurrentUser();
    List<ScenarioView> chosen = new ArrayList<>();
    List<RunResult> results = new ArrayList<>();
    for (Long id : ids == null ? List.<Long>of() : new ArrayList<>(new LinkedHashSet<>(ids))) {
      ScenarioView view = scenarios.get(id, me);
      chosen.add(view);
      results.add(
          scenarios.runs(id, me).stream()
              .filter(r -> r.status() == RunStatus.DONE && r.result() != null)
              .map(RunView::result)
              .findFirst()
              .orElse(null));
    }
    // Every proposal selected in at least one scenario, with where it is selected.
    Map<String, Row> rows = new LinkedHashMap<>();
    for (int i = 0; i < results.size(); i++) {
      if (results.get(i) == null) continue;
      for (RunResult.Pick p : results.get(i).selected()) {
        Row row =
            rows.computeIfAbsent(
                p.code(), k -> new Row(p.code(), p.title(), new boolean[chosen.size()]));
        row.in()[i] = true;
      }
    }
    model.addAttribute("chosen", chosen);
    model.addAttribute("results", results);
    model.addAttribute("rows", rows.values().stream().map(Row::view).toList());
    model.addAttribute("all", scenarios.list(me));
    return "portfolio/scenarios-compare";
  }

  private record Row(String code, String title, boolean[] in) {
    CompareRow view() {
      List<Boolean> flags = new ArrayList<>();
      boolean all = true;
      for (boolean b : in) {
        flags.add(b);
        all &= b;
      }
      return new CompareRow(code, title, flags, !all);
    }
  }

  /** One proposal across the compared scenarios; {@code differs} when not selected in all. */
  public record CompareRow(String code, String title, List<Boolean> selected, boolean differs) {}

  private ScenarioData validated(ScenarioForm form, List<ProposalCandidate> all) {
    ScenarioData data = form.toData(all);
    List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
    for (ConstraintViolation<ScenarioData> v : validator.validate(data)) {
      problems.add(
          new InvalidInputException.FieldProblem(v.getPropertyPath().toString(), v.getMessage()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return data;
  }

  private String showForm(
      ScenarioView scenario,
      List<ProposalCandidate> all,
      List<InvalidInputException.FieldProblem> problems,
      Model model) {
    if (!PortfolioAccess.governs(identity.requireCurrentUser())) {
      throw new org.springframework.security.access.AccessDeniedException(
          "Only the PMO and administrators change scenarios");
    }
    Set<String> seen = new LinkedHashSet<>();
    model.addAttribute("scenario", scenario);
    model.addAttribute("eligible", all);
    model.addAttribute("objectives", Objective.values());
    model.addAttribute(
        "problems",
        problems.stream()
            .map(p -> (p.field() == null ? "" : label(p.field()) + ": ") + p.message())
            .filter(seen::add)
            .toList());
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
