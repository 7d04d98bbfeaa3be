package org.cairnpmo.governance.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cairnpmo.governance.ProjectGovernanceView;
import org.cairnpmo.governance.ProjectGovernanceView.GateView;
import org.cairnpmo.governance.domain.ChecklistData;
import org.cairnpmo.governance.domain.Classification;
import org.cairnpmo.governance.domain.DecisionData;
import org.cairnpmo.governance.domain.GateDecision;
import org.cairnpmo.governance.domain.GateService;
import org.cairnpmo.governance.domain.LifecycleData;
import org.cairnpmo.governance.domain.LifecycleData.PhaseData;
import org.cairnpmo.governance.domain.LifecycleView;
import org.cairnpmo.governance.domain.MatchMode;
import org.cairnpmo.governance.domain.MethodologyService;
import org.cairnpmo.governance.domain.PlacementData;
import org.cairnpmo.governance.domain.ProjectCriteriaData;
import org.cairnpmo.governance.domain.ReviewRequestData;
import org.cairnpmo.governance.domain.RiskLevel;
import org.cairnpmo.governance.domain.TierData;
import org.cairnpmo.governance.domain.TierView;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.platform.DemoLoaded;
import org.cairnpmo.platform.DemoResource;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Governance for the demo organization, loaded after the base demo (which creates the people {@code
 * pmo}, {@code exec}, {@code pm} and the project register): project criteria, three tiers with
 * their lifecycles (from {@value #LIFECYCLES}), and open projects placed at different gates with a
 * history of decisions, so that the governance board shows pending reviews, an overdue condition
 * and recent decisions.
 *
 * <p>Idempotent: when the tier {@value #MARKER_TIER} exists, nothing is loaded. Goes through the
 * same services as people do, so the demo obeys every rule (and never kills a project: the register
 * of the demo keeps its statuses).
 */
@Component
@ConditionalOnBooleanProperty("cairn.demo.enabled")
class GovernanceDemoData {

  static final String MARKER_TIER = "Major";
  private static final String LIFECYCLES = "governance-lifecycles.yml";
  private static final Logger log = LoggerFactory.getLogger(GovernanceDemoData.class);
  private static final ZoneId ZONE = ZoneId.systemDefault();

  private final MethodologyService methodology;
  private final GateService gates;
  private final ProjectsApi projects;
  private final IdentityApi identity;
  private final TransactionTemplate transaction;
  private final Clock clock;

  GovernanceDemoData(
      MethodologyService methodology,
      GateService gates,
      ProjectsApi projects,
      IdentityApi identity,
      PlatformTransactionManager transactionManager,
      Clock clock) {
    this.methodology = methodology;
    this.gates = gates;
    this.projects = projects;
    this.identity = identity;
    this.transaction = new TransactionTemplate(transactionManager);
    this.clock = clock;
  }

  /** Loads after the portfolio, whose approved proposals are projects too. */
  @EventListener
  DemoLoaded.Governance on(DemoLoaded.Scenarios loaded) {
    loadIfMissing();
    return new DemoLoaded.Governance();
  }

  void loadIfMissing() {
    if (methodology.tiers().stream().anyMatch(t -> t.name().equals(MARKER_TIER))) {
      log.info("Demo governance: tiers and lifecycles are already loaded; nothing to do.");
      return;
    }
    Optional<UserSummary> pmo = identity.userByUsername("pmo");
    Optional<UserSummary> exec = identity.userByUsername("exec");
    if (pmo.isEmpty() || exec.isEmpty()) {
      log.warn("Demo governance: the demo people (pmo, exec) are missing; nothing loaded.");
      return;
    }
    int placed =
        transaction.execute(
            status -> load(new Cast(pmo.get().asCurrentUser(), exec.get().asCurrentUser())));
    log.info(
        "Demo governance: loaded project criteria, 3 tiers with their lifecycles and {} projects"
            + " at their gates.",
        placed);
  }

  private record Cast(CurrentUser pmo, CurrentUser exec) {}

  private int load(Cast cast) {
    var criteria = methodology.criteria();
    methodology.reviseCriteria(
        new ProjectCriteriaData(
            "A project is temporary work that changes how Northwind operates, with its own budget,"
                + " sponsor and manager. Smaller or recurring work is business as usual and is"
                + " handled by the departments.",
            new BigDecimal("50000"),
            "EUR",
            3,
            null),
        criteria.version(),
        cast.pmo());

    List<Long> boardMembers = new ArrayList<>();
    boardMembers.add(cast.exec().id());
    identity.userByUsername("henrik.larsen").ifPresent(u -> boardMembers.add(u.id()));
    Map<String, List<Long>> reviewers =
        Map.of("board", boardMembers, "pmo", List.of(cast.pmo().id()), "nobody", List.of());

    List<Map<String, Object>> lifecycles = DemoResource.entries(LIFECYCLES);
    List<LifecycleView> defined = new ArrayList<>();
    for (Map<String, Object> lifecycle : lifecycles) {
      defined.add(methodology.defineLifecycle(lifecycle(lifecycle, reviewers), cast.pmo()));
    }
    // The tiers go from the highest down; the last one takes what matches no other.
    TierView lowest = null;
    for (int i = 0; i < lifecycles.size(); i++) {
      lowest = methodology.defineTier(tier(lifecycles.get(i), defined.get(i).id()), cast.pmo());
    }
    return placeProjects(cast, lowest);
  }

  /** A lifecycle of {@value #LIFECYCLES}, its gates reviewed by the people its phases name. */
  @SuppressWarnings("unchecked")
  private static LifecycleData lifecycle(
      Map<String, Object> entry, Map<String, List<Long>> reviewers) {
    List<PhaseData> phases =
        ((List<Map<String, Object>>) entry.get("phases"))
            .stream().map(phase -> phase(phase, reviewers)).toList();
    return new LifecycleData(
        (String) entry.get("name"),
        (String) entry.get("description"),
        phases,
        null,
        (Boolean) entry.get("approvalFirst"));
  }

  @SuppressWarnings("unchecked")
  private static PhaseData phase(Map<String, Object> phase, Map<String, List<Long>> reviewers) {
    return new PhaseData(
        (String) phase.get("name"),
        (String) phase.get("description"),
        (String) phase.get("gate"),
        List.copyOf((List<String>) phase.get("criteria")),
        List.copyOf((List<String>) phase.get("deliverables")),
        reviewers.get((String) phase.getOrDefault("reviewers", "nobody")),
        ((List<String>) phase.get("reviewerRoles"))
            .stream().map(Role::valueOf).collect(Collectors.toUnmodifiableSet()));
  }

  /** The tier that uses the lifecycle {@code entry} describes, defined as {@code lifecycleId}. */
  @SuppressWarnings("unchecked")
  private static TierData tier(Map<String, Object> entry, long lifecycleId) {
    Map<String, Object> tier = (Map<String, Object>) entry.get("tier");
    Object minBudget = tier.get("minBudget");
    Object minRisk = tier.get("minRisk");
    return new TierData(
        (Integer) tier.get("level"),
        (String) tier.get("name"),
        (String) tier.get("description"),
        MatchMode.ANY,
        minBudget == null ? null : new BigDecimal(minBudget.toString()),
        (Integer) tier.get("minDurationMonths"),
        minRisk == null ? null : RiskLevel.valueOf((String) minRisk),
        lifecycleId,
        null);
  }

  // ---------------------------------------------------------------- projects at their gates

  /** A decision at the current gate, some days ago (conditions due some days after it). */
  private record Step(GateDecision decision, int daysAgo, String rationale, List<Cond> conditions) {
    static Step of(GateDecision decision, int daysAgo, String rationale, Cond... conditions) {
      return new Step(decision, daysAgo, rationale, List.of(conditions));
    }
  }

  /** A condition: what, due how many days after the decision, met or not. */
  private record Cond(String description, int dueAfterDays, boolean met) {}

  /**
   * What happens to one project: placed some days ago (at its first phase, or at a later one when
   * it was already under way), decisions at its gates, and maybe a review waiting for a decision.
   */
  private record Story(
      Set<ProjectStatus> fits,
      int placedDaysAgo,
      int startPhase,
      List<Step> steps,
      Integer requestDaysAgo) {

    Story(Set<ProjectStatus> fits, int placedDaysAgo, List<Step> steps, Integer requestDaysAgo) {
      this(fits, placedDaysAgo, 0, steps, requestDaysAgo);
    }
  }

  private static final Set<ProjectStatus> EARLY = Set.of(ProjectStatus.PROPOSED);
  private static final Set<ProjectStatus> RUNNING = Set.of(ProjectStatus.ACTIVE);

  private static List<Story> stories() {
    return List.of(
        // Approved with conditions; one condition is now overdue.
        new Story(
            RUNNING,
            95,
            List.of(
                Step.of(
                    GateDecision.GO, 80, "Strong business case; the sponsor commits the budget."),
                Step.of(
                    GateDecision.GO_WITH_CONDITIONS,
                    24,
                    "The plan is sound, but the test environment and the data migration owner are"
                        + " not secured yet.",
                    new Cond("Secure the test environment with IT operations", 16, false),
                    new Cond("Name an owner for the data migration", 10, true))),
            null),
        // In its second phase, its plan waiting for approval.
        new Story(
            RUNNING,
            70,
            List.of(
                Step.of(
                    GateDecision.GO,
                    52,
                    "Clear objectives and a realistic estimate. Go for planning.")),
            4),
        // Put on hold at its first gate.
        new Story(
            EARLY,
            30,
            List.of(
                Step.of(
                    GateDecision.HOLD,
                    12,
                    "Worth doing, but not before the budget review in January: the sponsor must"
                        + " confirm the funding first.")),
            null),
        // Sent back for rework.
        new Story(
            EARLY,
            25,
            List.of(
                Step.of(
                    GateDecision.RECYCLE,
                    9,
                    "The options analysis compares only one vendor. Compare at least two and"
                        + " rework the cost estimate.")),
            null),
        // Just approved with a condition due in three weeks.
        new Story(
            RUNNING,
            40,
            List.of(
                Step.of(
                    GateDecision.GO_WITH_CONDITIONS,
                    6,
                    "Approved. The benefits need a named owner before the plan is approved.",
                    new Cond("Name the benefits owner in the business", 21, false))),
            null),
        // Two gates passed, delivery acceptance requested yesterday.
        new Story(
            RUNNING,
            150,
            List.of(
                Step.of(GateDecision.GO, 130, "Approved by the board."),
                Step.of(GateDecision.GO, 75, "Plan approved; resources confirmed.")),
            1),
        // Placed recently, preparing its first gate.
        new Story(EARLY, 3, List.of(), null),
        // Already under way when Cairn came: brought in at its second phase.
        new Story(RUNNING, 14, 1, List.of(), null));
  }

  private int placeProjects(Cast cast, TierView fallbackTier) {
    List<ProjectView> open =
        projects
            .search(
                new ProjectFilter(
                    null,
                    Set.of(ProjectStatus.PROPOSED, ProjectStatus.ACTIVE),
                    null,
                    null,
                    null,
                    null),
                PageRequest.of(0, 200, Sort.by("code")),
                cast.pmo())
            .stream()
            .filter(p -> !p.code().startsWith("SYN-") && p.managerId() != null)
            .toList();
    Set<Long> used = new LinkedHashSet<>();
    int placed = 0;
    // The demo project manager "pm" finds one of their projects waiting for a decision.
    Optional<UserSummary> pm = identity.userByUsername("pm");
    Optional<ProjectView> pmProject =
        pm.flatMap(
            u ->
                open.stream()
                    .filter(p -> p.managerId() == u.id())
                    .filter(p -> p.status() == ProjectStatus.PROPOSED)
                    .findFirst()
                    .or(() -> open.stream().filter(p -> p.managerId() == u.id()).findFirst()));
    if (pmProject.isPresent()) {
      used.add(pmProject.get().id());
      enact(pmProject.get(), new Story(EARLY, 20, List.of(), 2), cast, fallbackTier);
      placed++;
    }
    for (Story story : stories()) {
      Optional<ProjectView> candidate =
          open.stream()
              .filter(p -> !used.contains(p.id()) && story.fits().contains(p.status()))
              .findFirst();
      if (candidate.isEmpty()) {
        continue;
      }
      used.add(candidate.get().id());
      enact(candidate.get(), story, cast, fallbackTier);
      placed++;
    }
    return placed;
  }

  private void enact(ProjectView project, Story story, Cast cast, TierView fallbackTier) {
    UserSummary managerSummary = identity.user(project.managerId()).orElseThrow();
    CurrentUser manager = managerSummary.asCurrentUser();
    Instant now = clock.instant();
    RiskLevel risk =
        switch (project.priority()) {
          case CRITICAL -> RiskLevel.HIGH;
          case HIGH -> RiskLevel.MEDIUM;
          default -> RiskLevel.LOW;
        };
    Classification classification = gates.classify(project.id(), risk, cast.pmo());
    Long tierId = classification.tierId() != null ? classification.tierId() : fallbackTier.id();
    ProjectGovernanceView view =
        gates.place(
            new PlacementData(project.id(), risk, tierId, null, story.startPhase()),
            manager,
            daysAgo(now, story.placedDaysAgo()));
    for (Step step : story.steps()) {
      GateView gate = view.currentGate();
      if (gate == null) {
        return;
      }
      Instant decidedAt = daysAgo(now, step.daysAgo());
      Instant requestedAt = decidedAt.minus(Duration.ofDays(3));
      boolean complete = step.decision() != GateDecision.RECYCLE;
      gates.requestReview(
          project.id(),
          gate.id(),
          new ReviewRequestData(
              "Ready for the board.", checklist(project, gate, complete ? 100 : 60), null),
          manager,
          requestedAt);
      CurrentUser decider = decider(gates.get(project.id(), cast.pmo()), cast, manager);
      LocalDate decisionDay = LocalDate.ofInstant(decidedAt, ZONE);
      List<DecisionData.Condition> conditions =
          step.conditions().stream()
              .map(
                  c ->
                      new DecisionData.Condition(
                          c.description(), manager.id(), decisionDay.plusDays(c.dueAfterDays())))
              .toList();
      GateService.Result decided =
          gates.decide(
              project.id(),
              gate.id(),
              new DecisionData(step.decision(), step.rationale(), conditions, null),
              decider,
              decidedAt);
      view = decided.project();
      for (int i = 0; i < step.conditions().size(); i++) {
        if (step.conditions().get(i).met()) {
          long conditionId = decided.review().conditions().get(i).id();
          view =
              gates.markConditionMet(
                  project.id(),
                  conditionId,
                  new org.cairnpmo.governance.domain.ConditionMetData(
                      "Named in the steering committee."),
                  manager,
                  decidedAt.plus(Duration.ofDays(step.conditions().get(i).dueAfterDays() - 2)));
        }
      }
    }
    GateView current = view.currentGate();
    if (current == null) {
      return;
    }
    if (story.requestDaysAgo() != null) {
      gates.requestReview(
          project.id(),
          current.id(),
          new ReviewRequestData(
              "All criteria are met; the documents are on the project site.",
              checklist(project, current, 100),
              null),
          manager,
          daysAgo(now, story.requestDaysAgo()));
    } else {
      gates.updateChecklist(
          project.id(), current.id(), checklist(project, current, 50), view.version(), manager);
    }
  }

  /** A reviewer of the gate who did not request the review: the executive, else the PMO. */
  private static CurrentUser decider(ProjectGovernanceView view, Cast cast, CurrentUser requester) {
    GateView gate = view.currentGate();
    boolean executives =
        gate.reviewerRoles().contains(Role.EXECUTIVE)
            || gate.reviewers().stream().anyMatch(p -> p.id() == cast.exec().id());
    CurrentUser first = executives ? cast.exec() : cast.pmo();
    CurrentUser second = executives ? cast.pmo() : cast.exec();
    return first.id() != requester.id() ? first : second;
  }

  /** The gate's checklist, the first {@code percent} of it done. */
  private static ChecklistData checklist(ProjectView project, GateView gate, int percent) {
    List<ChecklistData.Check> checks = new ArrayList<>();
    int criteria = gate.checklist().size();
    for (int i = 0; i < criteria; i++) {
      boolean done = i < Math.ceil(criteria * percent / 100.0);
      checks.add(
          new ChecklistData.Check(i, done, done && i == 0 ? "Confirmed with the sponsor." : null));
    }
    List<ChecklistData.Deliverable> deliverables = new ArrayList<>();
    int required = gate.deliverables().size();
    for (int i = 0; i < required; i++) {
      boolean done = i < Math.ceil(required * percent / 100.0);
      deliverables.add(
          new ChecklistData.Deliverable(
              i, done, done ? link(project, gate.deliverables().get(i).label()) : null));
    }
    return new ChecklistData(checks, deliverables, null);
  }

  private static String link(ProjectView project, String deliverable) {
    String slug =
        deliverable
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-|-$)", "");
    return "https://intranet.northwind.example/projects/"
        + project.code().toLowerCase(Locale.ROOT)
        + "/"
        + slug
        + ".pdf";
  }

  private static Instant daysAgo(Instant now, int days) {
    return now.minus(Duration.ofDays(days));
  }
}
