package org.cairnpmo.governance.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.governance.ProjectGovernanceView;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.StaleVersionException;
import org.cairnpmo.projects.ProjectAccess;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects on their lifecycles: placing a project, preparing and requesting gate reviews, recording
 * decisions, meeting conditions ({@link GateBoard} is the board's agenda). A project's gates are
 * visible to whoever may see the project (others get "not found"); its manager and the PMO prepare
 * them; reviewers and the board decide.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class GateService {

  /** The name that governance writes into other records' histories. */
  public static final String ACTOR = "governance";

  private final ProjectLifecycleRepository placements;
  private final LifecycleRepository lifecycles;
  private final TierRepository tiers;
  private final GateConditionRepository conditions;
  private final MethodologyService methodology;
  private final ProjectsApi projects;
  private final IdentityApi identity;
  private final GateViews views;
  private final Clock clock;

  /** A change's result: the project's lifecycle as it now is, and the review concerned. */
  public record Result(ProjectGovernanceView project, long reviewId) {

    public ProjectGovernanceView.ReviewView review() {
      return project.review(reviewId).orElseThrow();
    }
  }

  // ---------- reading ----------

  /** The project's lifecycle; empty if the project is not on one yet. */
  @Transactional(readOnly = true)
  public Optional<ProjectGovernanceView> find(long projectId, CurrentUser viewer) {
    ProjectView project = visibleProject(projectId, viewer);
    return placements.findByProjectId(projectId).map(pl -> views.view(pl, project, viewer));
  }

  @Transactional(readOnly = true)
  public ProjectGovernanceView get(long projectId, CurrentUser viewer) {
    return find(projectId, viewer)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "The lifecycle of project", projectId + " (it is not on a lifecycle yet)"));
  }

  /** Where the project falls by its budget, planned duration and the given risk. */
  @Transactional(readOnly = true)
  public Classification classify(long projectId, RiskLevel risk, CurrentUser viewer) {
    ProjectView project = visibleProject(projectId, viewer);
    return methodology.classify(
        project.budgetAmount() == null || !sameCurrency(project) ? null : project.budgetAmount(),
        TierClassifier.durationMonths(project.plannedStart(), project.plannedFinish()),
        risk);
  }

  private boolean sameCurrency(ProjectView project) {
    String currency = methodology.currentCriteria().getCurrency();
    return project.budgetCurrency() == null || project.budgetCurrency().equalsIgnoreCase(currency);
  }

  /** A project the viewer may see, by its id; not found otherwise. */
  @Transactional(readOnly = true)
  public ProjectView project(long projectId, CurrentUser viewer) {
    return visibleProject(projectId, viewer);
  }

  /** A project the viewer may see, by its code (in any case). */
  @Transactional(readOnly = true)
  public Optional<ProjectView> projectByCode(String code, CurrentUser viewer) {
    String wanted = code == null ? "" : code.trim();
    if (wanted.isEmpty()) {
      return Optional.empty();
    }
    return projects
        .search(
            new ProjectFilter(wanted, null, null, null, null, null), PageRequest.of(0, 20), viewer)
        .stream()
        .filter(p -> p.code().equalsIgnoreCase(wanted))
        .findFirst();
  }

  /**
   * What the placement form offers with the choices made so far: the tiers, the current lifecycles,
   * where the project falls at {@code risk}, and the lifecycle it would be put on (the chosen one,
   * else the chosen tier's, else the classified tier's), whose phases it may start at.
   */
  public record PlacementOptions(
      List<TierView> tiers,
      List<LifecycleView> lifecycles,
      Classification classification,
      LifecycleView startLifecycle) {}

  @Transactional(readOnly = true)
  public PlacementOptions placementOptions(
      long projectId, RiskLevel risk, Long tierId, Long lifecycleId, CurrentUser viewer) {
    List<TierView> allTiers = methodology.tiers();
    List<LifecycleView> current =
        methodology.lifecycles().stream().filter(l -> !l.retired()).toList();
    Classification classification = classify(projectId, risk, viewer);
    Long tier = tierId != null ? tierId : classification.tierId();
    Long wanted =
        lifecycleId != null
            ? lifecycleId
            : allTiers.stream()
                .filter(t -> tier != null && t.id() == tier)
                .map(TierView::lifecycleId)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    LifecycleView start =
        current.stream().filter(l -> wanted != null && l.id() == wanted).findFirst().orElse(null);
    return new PlacementOptions(allTiers, current, classification, start);
  }

  /** The projects the viewer may see that are on a lifecycle, most recently changed first. */
  @Transactional(readOnly = true)
  public List<ProjectGovernanceView> governedProjects(CurrentUser viewer) {
    List<ProjectLifecycle> all = placements.findAll();
    Map<Long, ProjectView> visible =
        projects.visibleProjects(all.stream().map(ProjectLifecycle::getProjectId).toList(), viewer);
    return all.stream()
        .filter(pl -> visible.containsKey(pl.getProjectId()))
        .sorted(java.util.Comparator.comparing(ProjectLifecycle::getUpdatedAt).reversed())
        .map(pl -> views.view(pl, visible.get(pl.getProjectId()), viewer))
        .toList();
  }

  // ---------- changing ----------

  @Transactional
  public ProjectGovernanceView place(PlacementData data, CurrentUser by) {
    return place(data, by, clock.instant());
  }

  /** As {@link #place(PlacementData, CurrentUser)}, at a given moment (demo data). */
  @Transactional
  public ProjectGovernanceView place(PlacementData data, CurrentUser by, Instant now) {
    ProjectView project = visibleProject(data.projectId(), by);
    if (!ProjectAccess.canEdit(by, project.managerId())) {
      throw new AccessDeniedException(
          "Only the project's manager or the PMO put a project on a lifecycle");
    }
    requireOpenProject(project); // before the tier and lifecycle: a closed project says so first
    Tier tier;
    if (data.tierId() != null) {
      tier =
          tiers
              .findById(data.tierId())
              .orElseThrow(() -> InvalidInputException.of("tierId", "This tier does not exist."));
    } else {
      Classification classification = classify(project.id(), data.riskLevel(), by);
      if (classification.tierId() == null) {
        throw InvalidInputException.of(
            "tierId",
            String.join(" ", classification.reasons()) + " Choose a tier to govern it anyway.");
      }
      tier = tiers.findById(classification.tierId()).orElseThrow();
    }
    Long lifecycleId = data.lifecycleId() != null ? data.lifecycleId() : tier.getLifecycleId();
    if (lifecycleId == null) {
      throw InvalidInputException.of(
          data.lifecycleId() == null ? "tierId" : "lifecycleId",
          "The tier '" + tier.getName() + "' has no lifecycle yet; choose one.");
    }
    Lifecycle lifecycle =
        lifecycles
            .findById(lifecycleId)
            .orElseThrow(
                () -> InvalidInputException.of("lifecycleId", "This lifecycle does not exist."));
    ProjectLifecycle placed =
        placeOn(
            project,
            lifecycle,
            tier,
            data.riskLevel(),
            new ProjectLifecycle.Start(data.currentPhaseOrFirst(), null),
            by.username(),
            now);
    return views.view(placed, project, by);
  }

  /**
   * Carries an approved proposal's lifecycle over to the project made from it: the tier its budget,
   * planned duration and risk classify it into, that tier's lifecycle, and the approval as the
   * passage of a first gate that is the investment decision. Nothing happens when the project is
   * already on a lifecycle (a second delivery of the same event), is gone or closed, or falls into
   * no tier with a lifecycle; the PMO then places it by hand.
   *
   * @return the placement, when one was made
   */
  @Transactional
  public Optional<ProjectLifecycle> placeApproved(
      long projectId,
      BigDecimal budget,
      String currency,
      Integer months,
      RiskLevel risk,
      String proposalCode) {
    Optional<ProjectView> found = projects.project(projectId);
    if (found.isEmpty()
        || found.get().status().isFinal()
        || placements.existsByProjectId(projectId)) {
      return Optional.empty();
    }
    boolean comparable =
        currency == null || currency.equalsIgnoreCase(methodology.currentCriteria().getCurrency());
    Classification classification = methodology.classify(comparable ? budget : null, months, risk);
    Optional<Tier> tier = Optional.ofNullable(classification.tierId()).flatMap(tiers::findById);
    Optional<Lifecycle> lifecycle =
        tier.map(Tier::getLifecycleId)
            .flatMap(lifecycles::findById)
            .filter(l -> !l.isRetired() && !l.getPhases().isEmpty());
    if (lifecycle.isEmpty()) {
      return Optional.empty();
    }
    ProjectLifecycle.Start start =
        lifecycle.get().isApprovalFirst()
            ? new ProjectLifecycle.Start(
                Math.min(1, lifecycle.get().getPhases().size() - 1),
                "Passed at the approval of " + proposalCode)
            : ProjectLifecycle.Start.first();
    return Optional.of(
        placeOn(found.get(), lifecycle.get(), tier.get(), risk, start, ACTOR, clock.instant()));
  }

  private ProjectLifecycle placeOn(
      ProjectView project,
      Lifecycle lifecycle,
      Tier tier,
      RiskLevel risk,
      ProjectLifecycle.Start start,
      String by,
      Instant now) {
    requireOpenProject(project);
    if (placements.existsByProjectId(project.id())) {
      throw new BusinessRuleException(
          "already-on-lifecycle", "The project " + project.code() + " is already on a lifecycle.");
    }
    if (lifecycle.isRetired()) {
      throw InvalidInputException.of(
          "lifecycleId",
          "The lifecycle "
              + lifecycle.label()
              + " was replaced by a newer revision; use that one.");
    }
    lifecycle.freeze();
    lifecycles.flush();
    return placements.saveAndFlush(
        ProjectLifecycle.place(project.id(), lifecycle, tier.getId(), risk, start, by, now));
  }

  @Transactional
  public ProjectGovernanceView updateChecklist(
      long projectId, long gateId, ChecklistData data, long expectedVersion, CurrentUser by) {
    Loaded loaded = loadForPreparation(projectId, by);
    requireVersion(loaded, expectedVersion);
    loaded.placement().gate(gateId).updateChecklist(data, by, clock.instant());
    placements.flush();
    return views.view(loaded.placement(), loaded.project(), by);
  }

  @Transactional
  public Result requestReview(long projectId, long gateId, ReviewRequestData data, CurrentUser by) {
    return requestReview(projectId, gateId, data, by, clock.instant());
  }

  /** As {@link #requestReview(long, long, ReviewRequestData, CurrentUser)}, at a given moment. */
  @Transactional
  public Result requestReview(
      long projectId, long gateId, ReviewRequestData data, CurrentUser by, Instant now) {
    Loaded loaded = loadForPreparation(projectId, by);
    Long expected =
        data.version() != null
            ? data.version()
            : data.checklist() == null ? null : data.checklist().version();
    if (expected != null) {
      requireVersion(loaded, expected);
    }
    Gate gate = loaded.placement().gate(gateId);
    if (data.checklist() != null) {
      gate.updateChecklist(data.checklist(), by, now);
    }
    checkPeople("approverIds", data.approverIdsOrEmpty());
    GateReview review =
        gate.requestReview(data.note(), data.approverIdsOrEmpty(), data.voteRule(), by, now);
    placements.flush();
    return new Result(views.view(loaded.placement(), loaded.project(), by), review.getId());
  }

  @Transactional
  public Result decide(long projectId, long gateId, DecisionData data, CurrentUser by) {
    return decide(projectId, gateId, data, by, clock.instant());
  }

  /** As {@link #decide(long, long, DecisionData, CurrentUser)}, at a given moment (demo data). */
  @Transactional
  public Result decide(
      long projectId, long gateId, DecisionData data, CurrentUser by, Instant now) {
    ProjectView project = visibleProject(projectId, by);
    ProjectLifecycle placement = placement(projectId);
    Gate gate = placement.gate(gateId);
    if (gate.capacityOf(by) == null) {
      throw new AccessDeniedException("Only the gate's reviewers, the PMO or executives decide");
    }
    requireOpenProject(project);
    requireOpenReview(gate, data.reviewId());
    checkPeople(
        "conditions",
        data.conditionsOrEmpty().stream().map(c -> c == null ? null : c.ownerId()).toList(),
        ".ownerId");
    GateReview review =
        gate.decide(data.decision(), data.rationale(), data.conditionsOrEmpty(), by, now);
    placements.saveAndFlush(placement);
    return new Result(views.view(placement, project, by), review.getId());
  }

  /**
   * An approver's vote on the gate's open review; the gate is decided, and its events go out, once
   * the votes satisfy the review's rule.
   */
  @Transactional
  public Result vote(long projectId, long gateId, VoteData data, CurrentUser by) {
    ProjectView project = visibleProject(projectId, by);
    ProjectLifecycle placement = placement(projectId);
    Gate gate = placement.gate(gateId);
    requireOpenProject(project);
    requireOpenReview(gate, data.reviewId());
    GateReview review = gate.vote(data.decision(), data.comment(), by, clock.instant());
    placements.saveAndFlush(placement);
    return new Result(views.view(placement, project, by), review.getId());
  }

  @Transactional
  public ProjectGovernanceView markConditionMet(
      long projectId, long conditionId, ConditionMetData data, CurrentUser by) {
    return markConditionMet(projectId, conditionId, data, by, clock.instant());
  }

  /** As {@link #markConditionMet(long, long, ConditionMetData, CurrentUser)}, at a given moment. */
  @Transactional
  public ProjectGovernanceView markConditionMet(
      long projectId, long conditionId, ConditionMetData data, CurrentUser by, Instant now) {
    ProjectView project = visibleProject(projectId, by);
    requireOpenProject(project);
    ProjectLifecycle placement = placement(projectId);
    GateCondition condition =
        conditions
            .findById(conditionId)
            .filter(
                c ->
                    c.getReview().getGate().getProjectLifecycle().getId().equals(placement.getId()))
            .orElseThrow(() -> new NotFoundException("Condition", conditionId));
    condition.markMet(data == null ? null : data.note(), by, project.managerId(), now);
    placements.flush();
    return views.view(placement, project, by);
  }

  // ---------- helpers ----------

  private record Loaded(ProjectView project, ProjectLifecycle placement) {}

  private Loaded loadForPreparation(long projectId, CurrentUser by) {
    ProjectView project = visibleProject(projectId, by);
    if (!ProjectAccess.canEdit(by, project.managerId())) {
      throw new AccessDeniedException("Only the project's manager or the PMO prepare its gates");
    }
    requireOpenProject(project);
    return new Loaded(project, placement(projectId));
  }

  private static void requireVersion(Loaded loaded, long expected) {
    if (loaded.placement().getVersion() != expected) {
      throw new StaleVersionException(
          "The lifecycle of project " + loaded.project().code(),
          expected,
          loaded.placement().getVersion());
    }
  }

  private ProjectView visibleProject(long projectId, CurrentUser viewer) {
    return projects.requireVisible(projectId, viewer);
  }

  private ProjectLifecycle placement(long projectId) {
    return placements
        .findByProjectId(projectId)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "The lifecycle of project", projectId + " (it is not on a lifecycle yet)"));
  }

  private static void requireOpenProject(ProjectView project) {
    project.requirePlanningOpen();
  }

  private static void requireOpenReview(Gate gate, Long reviewId) {
    if (reviewId != null && gate.openReview().map(r -> !r.getId().equals(reviewId)).orElse(true)) {
      throw new BusinessRuleException(
          "review-not-open",
          "Review " + reviewId + " is not the gate's open review; it may be decided already.");
    }
  }

  private void checkPeople(String field, List<Long> ids) {
    checkPeople(field, ids, "");
  }

  /** Every named person exists: {@code field[i]suffix} says which one does not. */
  private void checkPeople(String field, List<Long> ids, String suffix) {
    Map<Long, UserSummary> known =
        identity.usersByIds(ids.stream().filter(java.util.Objects::nonNull).toList());
    List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      if (ids.get(i) != null && !known.containsKey(ids.get(i))) {
        problems.add(
            new InvalidInputException.FieldProblem(
                field + "[" + i + "]" + suffix, "This person does not exist."));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
