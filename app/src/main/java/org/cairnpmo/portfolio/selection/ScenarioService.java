package org.cairnpmo.portfolio.selection;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.engine.selection.SolveProgress;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.StaleVersionException;
import org.cairnpmo.portfolio.PortfolioApi;
import org.cairnpmo.portfolio.ScenarioDemand;
import org.cairnpmo.portfolio.domain.PortfolioAccess;
import org.cairnpmo.portfolio.domain.ProposalCandidate;
import org.cairnpmo.portfolio.domain.ProposalData;
import org.cairnpmo.portfolio.domain.ProposalStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Selection scenarios: the PMO and administrators define, run and commit them; executives read
 * them. Committing approves the selected proposals through {@link PortfolioApi}, in one transaction
 * with the decision.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ScenarioService {

  /** Proposals a scenario may choose from. */
  static final EnumSet<ProposalStatus> ELIGIBLE =
      EnumSet.of(
          ProposalStatus.SUBMITTED, ProposalStatus.UNDER_EVALUATION, ProposalStatus.APPROVED);

  private final ScenarioRepository scenarios;
  private final SelectionRunRepository runs;
  private final SelectionRunner runner;
  private final CommittedBudget budget;
  private final PoolLimits poolLimits;
  private final PortfolioApi portfolio;
  private final JsonMapper json;
  private final Clock clock;

  // ---- reading ------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public List<ScenarioView> list(CurrentUser viewer) {
    requireReader(viewer);
    List<ProposalCandidate> all = portfolio.candidates(ELIGIBLE, viewer);
    return scenarios.findAll().stream()
        .sorted((a, b) -> Long.compare(b.getId(), a.getId()))
        .map(s -> view(s, all, viewer))
        .toList();
  }

  @Transactional(readOnly = true)
  public ScenarioView get(long id, CurrentUser viewer) {
    requireReader(viewer);
    return view(find(id), portfolio.candidates(ELIGIBLE, viewer), viewer);
  }

  /** The proposals a new scenario may choose from. */
  @Transactional(readOnly = true)
  public List<ProposalCandidate> eligible(CurrentUser viewer) {
    requireReader(viewer);
    return portfolio.candidates(ELIGIBLE, viewer);
  }

  @Transactional(readOnly = true)
  public List<RunView> runs(long scenarioId, CurrentUser viewer) {
    requireReader(viewer);
    Scenario scenario = find(scenarioId);
    String current = fingerprint(read(scenario), portfolio.candidates(ELIGIBLE, viewer));
    return runs.findByScenarioIdOrderByIdDesc(scenarioId).stream()
        .map(r -> runView(r, scenario, current))
        .toList();
  }

  @Transactional(readOnly = true)
  public RunView run(long scenarioId, long runId, CurrentUser viewer) {
    requireReader(viewer);
    return runView(findRun(scenarioId, runId), viewer);
  }

  /** For exports: the candidates by value (best first), flagged where the latest result selects. */
  @Transactional(readOnly = true)
  public ScenarioReport report(long id, CurrentUser viewer) {
    requireReader(viewer);
    List<ProposalCandidate> all = portfolio.candidates(ELIGIBLE, viewer);
    Scenario s = find(id);
    ScenarioView view = view(s, all, viewer);
    String current = fingerprint(read(s), all);
    RunView done =
        runs.findByScenarioIdOrderByIdDesc(id).stream()
            .filter(r -> r.getStatus() == RunStatus.DONE && r.getResult() != null)
            .findFirst()
            .map(r -> runView(r, s, current))
            .orElse(null);
    RunResult result = done == null ? null : done.result();
    java.util.Set<Long> picked = new java.util.HashSet<>();
    if (result != null) {
      result.selected().forEach(p -> picked.add(p.proposalId()));
    }
    List<ProposalCandidate> chosen = chosen(view.definition(), all);
    return new ScenarioReport(
        view,
        done,
        result,
        ScenarioReport.ranked(chosen, SelectionModel.values(view.definition(), chosen), picked));
  }

  /** The scenarios {@code viewer} may read, newest first; none for anyone else. */
  @Transactional(readOnly = true)
  public List<ScenarioDemand.Summary> summaries(CurrentUser viewer) {
    if (!PortfolioAccess.readsAll(viewer)) {
      return List.of();
    }
    return scenarios.findAll().stream()
        .sorted((a, b) -> Long.compare(b.getId(), a.getId()))
        .map(s -> new ScenarioDemand.Summary(s.getId(), s.getName(), s.isCommitted()))
        .toList();
  }

  /**
   * The demand of the scenario's selection: the committed run's, else the latest finished run's;
   * empty when the scenario does not exist or {@code viewer} may not read scenarios.
   */
  @Transactional(readOnly = true)
  public Optional<ScenarioDemand> demand(long id, CurrentUser viewer) {
    if (!PortfolioAccess.readsAll(viewer)) {
      return Optional.empty();
    }
    Optional<Scenario> found = scenarios.findById(id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Scenario s = found.get();
    List<ProposalCandidate> all = portfolio.candidates(ELIGIBLE, viewer);
    String current = fingerprint(read(s), all);
    Optional<SelectionRun> run =
        runs.findByScenarioIdOrderByIdDesc(id).stream()
            .filter(
                r ->
                    s.isCommitted()
                        ? s.committedWith(r)
                        : r.getStatus() == RunStatus.DONE && r.getResult() != null)
            .findFirst();
    Map<Long, ProposalCandidate> visible = new LinkedHashMap<>();
    all.forEach(c -> visible.put(c.id(), c));
    return Optional.of(
        new ScenarioDemand(
            s.getId(),
            s.getName(),
            s.isCommitted(),
            run.map(SelectionRun::getId).orElse(null),
            run.map(r -> !s.committedWith(r) && r.outdatedBy(current)).orElse(false),
            run.map(r -> SelectedDemand.of(readResult(r), visible)).orElse(List.of())));
  }

  /**
   * Capacity limits from the resource pool for the roles and periods the candidates need ({@code
   * candidateIds}; empty: every proposal under evaluation).
   */
  @Transactional(readOnly = true)
  public PoolCapacity capacityFromPool(List<Long> candidateIds, CurrentUser viewer) {
    requireReader(viewer);
    return poolLimits.of(chosen(candidateIds, portfolio.candidates(ELIGIBLE, viewer)), viewer);
  }

  /** The same for scenario {@code id} as it is stored. */
  @Transactional(readOnly = true)
  public PoolCapacity capacityFromPool(long id, CurrentUser viewer) {
    requireReader(viewer);
    return capacityFromPool(read(find(id)).candidateIds(), viewer);
  }

  // ---- changing -----------------------------------------------------------------------------

  @Transactional
  public ScenarioView create(ScenarioData data, CurrentUser by) {
    requireGoverns(by);
    List<ProposalCandidate> all = portfolio.candidates(ELIGIBLE, by);
    ScenarioData normal = normalise(data, all);
    Scenario scenario =
        Scenario.define(
            normal.name(), normal.description(), write(normal), by.username(), clock.instant());
    scenarios.saveAndFlush(scenario);
    return view(scenario, all, by);
  }

  @Transactional
  public ScenarioView revise(long id, ScenarioData data, long expectedVersion, CurrentUser by) {
    requireGoverns(by);
    Scenario scenario = find(id);
    requireVersion(scenario, expectedVersion);
    List<ProposalCandidate> all = portfolio.candidates(ELIGIBLE, by);
    ScenarioData normal = normalise(data, all);
    scenario.revise(
        normal.name(), normal.description(), write(normal), by.username(), clock.instant());
    scenarios.saveAndFlush(scenario);
    return view(scenario, all, by);
  }

  @Transactional
  public void delete(long id, long expectedVersion, CurrentUser by) {
    requireGoverns(by);
    Scenario scenario = find(id);
    requireVersion(scenario, expectedVersion);
    scenario.requireOpen();
    List<SelectionRun> own = runs.findByScenarioIdOrderByIdDesc(id);
    if (own.stream().anyMatch(r -> !r.getStatus().finished())) {
      throw new BusinessRuleException(
          "run-active", "Cancel the scenario's running optimization before deleting it.");
    }
    runs.deleteAll(own);
    scenarios.delete(scenario);
  }

  /** Queues a run and returns at once; the optimizer works on a thread of its own. */
  public RunView startRun(long scenarioId, Integer timeLimitSeconds, CurrentUser by) {
    requireGoverns(by);
    Scenario scenario = find(scenarioId);
    scenario.requireOpen();
    ScenarioData data = read(scenario);
    if (runs.findByScenarioIdOrderByIdDesc(scenarioId).stream()
        .anyMatch(r -> !r.getStatus().finished())) {
      throw new BusinessRuleException(
          "run-active", "This scenario is being optimized already; wait for it or cancel it.");
    }
    int limit = timeLimitSeconds == null ? data.effectiveTimeLimitSeconds() : timeLimitSeconds;
    List<BudgetLine> lines = budget.lines(data, chosen(data, portfolio.candidates(ELIGIBLE, by)));
    SelectionRun run =
        runs.saveAndFlush(
            SelectionRun.queue(
                scenarioId, fingerprintOf(data, lines), limit, by.username(), clock.instant()));
    runner.submit(run.getId(), () -> model(data, lines, by), data, limit);
    return runView(run, by);
  }

  /**
   * Asks a run to stop; a running search keeps the best selection it found so far. The request is
   * recorded on the run, so the node working on it stops it within a second or so when that is
   * another node; this node's own runs stop at once, and a run whose node is gone ends here.
   */
  public RunView cancel(long scenarioId, long runId, CurrentUser by) {
    requireGoverns(by);
    SelectionRun run = findRun(scenarioId, runId);
    if (run.getStatus().finished()) {
      throw new BusinessRuleException(
          "run-finished", "Run " + runId + " has ended already (" + run.getStatus() + ").");
    }
    EnumSet<RunStatus> active = EnumSet.of(RunStatus.QUEUED, RunStatus.RUNNING);
    if (runs.requestCancel(runId, clock.instant(), active) == 0
        || (!runner.cancel(runId) && !runner.cancelOrphan(runId))) {
      // It may have ended between the read above and here; then the cancel came too late.
      SelectionRun now = findRun(scenarioId, runId);
      if (now.getStatus().finished() && now.getStatus() != RunStatus.CANCELLED) {
        throw new BusinessRuleException(
            "run-finished", "Run " + runId + " has ended already (" + now.getStatus() + ").");
      }
    }
    return runView(findRun(scenarioId, runId), by);
  }

  /**
   * Commits the result of a finished run: approves each selected proposal that is not approved yet
   * (the register then creates the projects) and records who decided, when and why.
   */
  @Transactional
  public ScenarioView commit(
      long scenarioId, CommitData data, long expectedVersion, CurrentUser by) {
    requireGoverns(by);
    Scenario scenario = find(scenarioId);
    requireVersion(scenario, expectedVersion);
    SelectionRun run = findRun(scenarioId, data.runId());
    if (run.outdatedBy(fingerprint(read(scenario), portfolio.candidates(ELIGIBLE, by)))) {
      throw new BusinessRuleException(
          "run-outdated",
          "Run "
              + run.getId()
              + " was made before the scenario was last changed, so its selection may break the"
              + " scenario's limits or rules now. Run the scenario again, then commit.");
    }
    RunResult result = readResult(run);
    Map<Long, ProposalCandidate> current = new LinkedHashMap<>();
    portfolio.candidates(ELIGIBLE, by).forEach(c -> current.put(c.id(), c));
    scenario.commit(
        run,
        data.rationale(),
        unscored(result, current),
        data.missingScoresReason(),
        by.username(),
        clock.instant());
    if (result == null || !result.feasible()) {
      throw new BusinessRuleException(
          "run-infeasible", "Run " + run.getId() + " found no selection to commit.");
    }
    String reason = "Selected in scenario '" + scenario.getName() + "': " + data.rationale().trim();
    for (RunResult.Pick pick : result.selected()) {
      ProposalCandidate c = current.get(pick.proposalId());
      if (c != null && c.status() == ProposalStatus.APPROVED) {
        continue;
      }
      if (c == null || c.status() != ProposalStatus.UNDER_EVALUATION) {
        throw new BusinessRuleException(
            "proposal-not-approvable",
            pick.code()
                + " can no longer be approved (it is "
                + (c == null ? "no longer a candidate" : c.status().label().toLowerCase())
                + "); evaluate it first or run the scenario again.");
      }
      portfolio.approve(
          pick.proposalId(),
          reason.length() > 2000 ? reason.substring(0, 2000) : reason,
          data.managersOrEmpty().get(pick.proposalId()),
          by);
    }
    scenarios.saveAndFlush(scenario);
    return view(scenario, portfolio.candidates(ELIGIBLE, by), by);
  }

  /** The proposals a run selected that name no manager: committing it offers to name one. */
  @Transactional(readOnly = true)
  public Set<Long> selectedWithoutManager(RunView run, CurrentUser viewer) {
    if (run == null || run.result() == null || !run.result().feasible()) {
      return Set.of();
    }
    return portfolio.withoutManager(
        run.result().selected().stream().map(RunResult.Pick::proposalId).toList(), viewer);
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** The codes of the selected proposals that have no score now. */
  static List<String> unscored(RunResult result, Map<Long, ProposalCandidate> current) {
    if (result == null) {
      return List.of();
    }
    return result.selected().stream()
        .filter(
            p ->
                current.containsKey(p.proposalId())
                    && current.get(p.proposalId()).weightedScore() == null)
        .map(RunResult.Pick::code)
        .toList();
  }

  /** Checks the rules against the candidates now, so that mistakes show at once (400). */
  private ScenarioData normalise(ScenarioData data, List<ProposalCandidate> all) {
    for (Long id : data.candidateIds()) {
      if (id == null || all.stream().noneMatch(c -> c.id() == id)) {
        throw InvalidInputException.of(
            "candidateIds",
            "Proposal "
                + id
                + " cannot be a candidate: choose submitted, under evaluation or approved"
                + " proposals.");
      }
    }
    SelectionModel.build(data, chosen(data, all));
    return data.withHeader(data.name().trim(), data.description(), null);
  }

  /** The scenario's candidates; by default every proposal under evaluation. */
  static List<ProposalCandidate> chosen(ScenarioData data, List<ProposalCandidate> all) {
    return chosen(data.candidateIds(), all);
  }

  private static List<ProposalCandidate> chosen(
      List<Long> candidateIds, List<ProposalCandidate> all) {
    if (candidateIds.isEmpty()) {
      return all.stream().filter(c -> c.status() == ProposalStatus.UNDER_EVALUATION).toList();
    }
    return all.stream().filter(c -> candidateIds.contains(c.id())).toList();
  }

  /**
   * The prerequisites and exclusions that follow from the candidates' recorded dependencies, with
   * the proposals outside the candidates looked up to tell approved ones from the rest.
   */
  private DependencyRules dependencies(
      ScenarioData data, List<ProposalCandidate> chosen, CurrentUser viewer) {
    java.util.Set<Long> outside = DependencyRules.outside(chosen);
    return DependencyRules.derive(
        data, chosen, outside.isEmpty() ? Map.of() : portfolio.references(outside, viewer));
  }

  private SelectionModel model(ScenarioData data, List<BudgetLine> lines, CurrentUser by) {
    List<ProposalCandidate> chosen = chosen(data, portfolio.candidates(ELIGIBLE, by));
    return SelectionModel.build(data, chosen, dependencies(data, chosen, by), lines);
  }

  private ScenarioView view(Scenario s, List<ProposalCandidate> all, CurrentUser viewer) {
    ScenarioData data = read(s).withHeader(s.getName(), s.getDescription(), s.getVersion());
    List<ProposalCandidate> chosen = chosen(data, all);
    Map<String, Double> costs = new java.util.TreeMap<>();
    Map<String, Double> demand = new java.util.TreeMap<>();
    for (ProposalCandidate c : chosen) {
      c.costsByPeriod().forEach((p, v) -> costs.merge(p, v.doubleValue(), Double::sum));
      for (ProposalData.ResourceDemand d : c.resourceDemand()) {
        demand.merge(
            d.role().trim() + "|" + d.period().trim(), d.amount().doubleValue(), Double::sum);
      }
    }
    List<BudgetLine> lines = budget.lines(data, chosen);
    RunView latest =
        runs.findFirstByScenarioIdOrderByIdDesc(s.getId())
            .map(r -> runView(r, s, fingerprintOf(data, lines)))
            .orElse(null);
    return new ScenarioView(
        s.getId(),
        s.getName(),
        s.getDescription(),
        data,
        chosen.stream()
            .map(
                c ->
                    new ScenarioView.CandidateRow(
                        c.id(),
                        c.code(),
                        c.title(),
                        c.status().name(),
                        c.weightedScore(),
                        c.npv() == null ? null : c.npv().doubleValue(),
                        SelectionModel.totalCost(c),
                        c.currency()))
            .toList(),
        costs,
        demand,
        latest,
        s.isCommitted(),
        s.getCommittedRunId(),
        s.getCommittedBy(),
        s.getCommittedAt(),
        s.getRationale(),
        s.getVersion(),
        s.getUpdatedAt(),
        s.getUpdatedBy(),
        dependencies(data, chosen, viewer),
        lines,
        CommittedBudget.currency(chosen),
        s.getUnscoredProposals(),
        s.getUnscoredReason());
  }

  private RunView runView(SelectionRun run, CurrentUser viewer) {
    Scenario scenario = find(run.getScenarioId());
    return runView(
        run, scenario, fingerprint(read(scenario), portfolio.candidates(ELIGIBLE, viewer)));
  }

  private String fingerprint(ScenarioData data, List<ProposalCandidate> all) {
    return fingerprintOf(data, budget.lines(data, chosen(data, all)));
  }

  private String fingerprintOf(ScenarioData data, List<BudgetLine> lines) {
    return RunFingerprint.of(write(data.solvedPart()), lines);
  }

  private RunView runView(SelectionRun run, Scenario scenario, String currentFingerprint) {
    Double value = run.getBestValue();
    Double bound = run.getBestBound();
    Double gap = run.getGapPercent();
    if (!run.getStatus().finished()) {
      SolveProgress p = runner.progress(run.getId());
      if (p != null) {
        value = p.objectiveValue();
        bound = Double.isFinite(p.bestBound()) ? p.bestBound() : null;
        gap = Double.isFinite(p.gapPercent()) ? p.gapPercent() : null;
      }
    }
    return new RunView(
        run.getId(),
        run.getScenarioId(),
        run.getStatus(),
        run.getTimeLimitSeconds(),
        run.getRequestedBy(),
        run.getQueuedAt(),
        run.getStartedAt(),
        run.getFinishedAt(),
        value,
        bound,
        gap,
        run.getError(),
        run.getCancelRequestedAt() != null,
        readResult(run),
        // The committed run is the record of the decision: approving its proposals changes the
        // candidates it was run on, which must not make the decision itself read as outdated.
        !scenario.committedWith(run) && run.outdatedBy(currentFingerprint));
  }

  private RunResult readResult(SelectionRun run) {
    return run.getResult() == null ? null : json.readValue(run.getResult(), RunResult.class);
  }

  private ScenarioData read(Scenario s) {
    return json.readValue(s.getDefinition(), ScenarioData.class);
  }

  private String write(ScenarioData data) {
    return json.writeValueAsString(data);
  }

  private Scenario find(long id) {
    return scenarios.findById(id).orElseThrow(() -> new NotFoundException("Scenario", id));
  }

  private SelectionRun findRun(long scenarioId, long runId) {
    SelectionRun run = runs.findById(runId).orElseThrow(() -> new NotFoundException("Run", runId));
    if (run.getScenarioId() != scenarioId) {
      throw new NotFoundException("Run", runId);
    }
    return run;
  }

  private static void requireVersion(Scenario s, long expected) {
    if (s.getVersion() != expected) {
      throw new StaleVersionException("Scenario '" + s.getName() + "'", expected, s.getVersion());
    }
  }

  private static void requireReader(CurrentUser user) {
    if (!PortfolioAccess.readsAll(user)) {
      throw new AccessDeniedException("Only the PMO, administrators and executives see scenarios");
    }
  }

  static void requireGoverns(CurrentUser user) {
    if (!PortfolioAccess.governs(user)) {
      throw new AccessDeniedException("Only the PMO and administrators change scenarios");
    }
  }
}
