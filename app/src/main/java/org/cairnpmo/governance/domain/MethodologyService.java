package org.cairnpmo.governance.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.StaleVersionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The governance methodology the PMO maintains: project criteria, tiers and lifecycles. Everyone
 * signed in may read it; only the PMO and administrators change it.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MethodologyService {

  private final ProjectCriteriaRepository criteria;
  private final TierRepository tiers;
  private final LifecycleRepository lifecycles;
  private final ProjectLifecycleRepository placements;
  private final IdentityApi identity;
  private final Clock clock;

  /** PMO and administrators own the methodology. */
  public static boolean mayManage(CurrentUser user) {
    return user.hasAnyRole(Role.PMO, Role.ADMIN);
  }

  /** Refuses anyone but the PMO and administrators. */
  public static void requireManager(CurrentUser user) {
    if (!mayManage(user)) {
      throw new AccessDeniedException("Only the PMO and administrators change the methodology");
    }
  }

  // ---------- project criteria ----------

  @Transactional(readOnly = true)
  public ProjectCriteriaView criteria() {
    return view(currentCriteria());
  }

  @Transactional
  public ProjectCriteriaView reviseCriteria(
      ProjectCriteriaData data, long expectedVersion, CurrentUser editor) {
    requireManager(editor);
    ProjectCriteria current = currentCriteria();
    if (current.getVersion() != expectedVersion) {
      throw new StaleVersionException(
          "The project criteria", expectedVersion, current.getVersion());
    }
    current.revise(data, editor.username(), clock.instant());
    return view(criteria.saveAndFlush(current));
  }

  ProjectCriteria currentCriteria() {
    return criteria
        .findFirstByOrderByIdAsc()
        .orElseGet(() -> criteria.save(ProjectCriteria.initial()));
  }

  private static ProjectCriteriaView view(ProjectCriteria c) {
    return new ProjectCriteriaView(
        c.getPolicy(),
        c.getMinBudget(),
        c.getCurrency(),
        c.getMinDurationMonths(),
        c.rule(),
        c.getVersion(),
        c.getUpdatedAt(),
        c.getUpdatedBy(),
        c.getId());
  }

  // ---------- classification ----------

  /** Where work of this budget, duration and risk falls. */
  @Transactional(readOnly = true)
  public Classification classify(BigDecimal budget, Integer months, RiskLevel risk) {
    return TierClassifier.classify(
        currentCriteria().thresholds(),
        tiers.findAll().stream().map(Tier::rule).toList(),
        budget,
        months,
        risk);
  }

  // ---------- tiers ----------

  @Transactional(readOnly = true)
  public List<TierView> tiers() {
    String currency = currentCriteria().getCurrency();
    Map<Long, Lifecycle> byId = lifecyclesById();
    return tiers.findAllByOrderByLevelAscIdAsc().stream()
        .map(t -> view(t, currency, byId))
        .toList();
  }

  @Transactional(readOnly = true)
  public TierView tier(long id) {
    return view(findTier(id), currentCriteria().getCurrency(), lifecyclesById());
  }

  @Transactional(readOnly = true)
  public TierData tierForEdit(long id) {
    Tier t = findTier(id);
    return new TierData(
        t.getLevel(),
        t.getName(),
        t.getDescription(),
        t.getMatchMode(),
        t.getMinBudget(),
        t.getMinDurationMonths(),
        t.getMinRisk(),
        t.getLifecycleId(),
        t.getVersion());
  }

  @Transactional
  public TierView defineTier(TierData data, CurrentUser author) {
    requireManager(author);
    checkTier(data, null);
    Tier tier = tiers.saveAndFlush(Tier.define(data, author.username(), clock.instant()));
    return view(tier, currentCriteria().getCurrency(), lifecyclesById());
  }

  @Transactional
  public TierView reviseTier(long id, TierData data, long expectedVersion, CurrentUser editor) {
    requireManager(editor);
    Tier tier = findTier(id);
    if (tier.getVersion() != expectedVersion) {
      throw new StaleVersionException(
          "Tier '" + tier.getName() + "'", expectedVersion, tier.getVersion());
    }
    checkTier(data, id);
    tier.revise(data, editor.username(), clock.instant());
    tiers.flush();
    return view(tier, currentCriteria().getCurrency(), lifecyclesById());
  }

  Tier findTier(long id) {
    return tiers.findById(id).orElseThrow(() -> new NotFoundException("Tier", id));
  }

  private void checkTier(TierData data, Long self) {
    List<FieldProblem> problems = new ArrayList<>();
    if (data.level() != null) {
      tiers
          .findByLevel(data.level())
          .filter(t -> !t.getId().equals(self))
          .ifPresent(
              t ->
                  problems.add(
                      new FieldProblem(
                          "level",
                          "The tier '"
                              + t.getName()
                              + "' already has level "
                              + t.getLevel()
                              + ".")));
    }
    if (data.name() != null) {
      tiers
          .findByNameIgnoreCase(data.name().trim())
          .filter(t -> !t.getId().equals(self))
          .ifPresent(
              t -> problems.add(new FieldProblem("name", "Another tier already has this name.")));
    }
    if (data.lifecycleId() != null) {
      Lifecycle lifecycle = lifecycles.findById(data.lifecycleId()).orElse(null);
      if (lifecycle == null) {
        problems.add(new FieldProblem("lifecycleId", "This lifecycle does not exist."));
      } else if (lifecycle.isRetired()) {
        problems.add(
            new FieldProblem(
                "lifecycleId",
                "The lifecycle "
                    + lifecycle.label()
                    + " was replaced by a newer revision; choose that one."));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private static TierView view(Tier t, String currency, Map<Long, Lifecycle> lifecyclesById) {
    Lifecycle lifecycle =
        t.getLifecycleId() == null ? null : lifecyclesById.get(t.getLifecycleId());
    return new TierView(
        t.getId(),
        t.getLevel(),
        t.getName(),
        t.getDescription(),
        t.getMatchMode(),
        t.getMinBudget(),
        currency,
        t.getMinDurationMonths(),
        t.getMinRisk(),
        t.getLifecycleId(),
        lifecycle == null ? null : lifecycle.getName(),
        lifecycle == null ? null : lifecycle.getRevision(),
        t.describe(currency),
        t.getVersion());
  }

  // ---------- lifecycles ----------

  @Transactional(readOnly = true)
  public List<LifecycleView> lifecycles() {
    List<Lifecycle> all = lifecycles.findAllByOrderByNameAscRevisionDesc();
    return views(all);
  }

  @Transactional(readOnly = true)
  public LifecycleView lifecycle(long id) {
    return views(List.of(findLifecycle(id))).get(0);
  }

  @Transactional(readOnly = true)
  public LifecycleData lifecycleForEdit(long id) {
    return findLifecycle(id).toData();
  }

  @Transactional
  public LifecycleView defineLifecycle(LifecycleData data, CurrentUser author) {
    requireManager(author);
    checkReviewers(data);
    if (data.name() != null && lifecycles.existsByNameIgnoreCase(data.name().trim())) {
      throw InvalidInputException.of(
          "name",
          "A lifecycle with this name exists; to change it, revise it or create a new revision.");
    }
    Lifecycle lifecycle =
        lifecycles.saveAndFlush(Lifecycle.define(data, author.username(), clock.instant()));
    return lifecycle(lifecycle.getId());
  }

  @Transactional
  public LifecycleView reviseLifecycle(
      long id, LifecycleData data, long expectedVersion, CurrentUser editor) {
    requireManager(editor);
    Lifecycle lifecycle = findLifecycle(id);
    if (lifecycle.getVersion() != expectedVersion) {
      throw new StaleVersionException(
          "The lifecycle " + lifecycle.label(), expectedVersion, lifecycle.getVersion());
    }
    checkReviewers(data);
    if (data.name() != null && !data.name().trim().equalsIgnoreCase(lifecycle.getName())) {
      lifecycles
          .findByNameIgnoreCaseAndRevision(data.name().trim(), lifecycle.getRevision())
          .ifPresent(
              other -> {
                throw InvalidInputException.of(
                    "name", "Another lifecycle already has this name and revision.");
              });
    }
    lifecycle.revise(data, editor.username(), clock.instant());
    lifecycles.flush();
    return views(List.of(lifecycle)).get(0);
  }

  /**
   * A new revision of a lifecycle, to change what a project already uses. The tiers that pointed to
   * the old revision follow the new one; projects on the old revision keep it.
   */
  @Transactional
  public LifecycleView newRevision(long id, CurrentUser author) {
    requireManager(author);
    Lifecycle old = findLifecycle(id);
    Instant now = clock.instant();
    Lifecycle copy = lifecycles.saveAndFlush(old.newRevision(author.username(), now));
    for (Tier tier : tiers.findByLifecycleId(old.getId())) {
      tier.useLifecycle(copy.getId(), author.username(), now);
    }
    return views(List.of(copy)).get(0);
  }

  Lifecycle findLifecycle(long id) {
    return lifecycles.findById(id).orElseThrow(() -> new NotFoundException("Lifecycle", id));
  }

  private void checkReviewers(LifecycleData data) {
    if (data.phases() == null) {
      return;
    }
    Set<Long> ids = new HashSet<>();
    data.phases().stream()
        .filter(java.util.Objects::nonNull)
        .forEach(
            p ->
                p.reviewerUserIdsOrEmpty().stream()
                    .filter(java.util.Objects::nonNull)
                    .forEach(ids::add));
    Map<Long, UserSummary> known = identity.usersByIds(ids);
    List<FieldProblem> problems = new ArrayList<>();
    for (int i = 0; i < data.phases().size(); i++) {
      LifecycleData.PhaseData phase = data.phases().get(i);
      if (phase != null
          && phase.reviewerUserIdsOrEmpty().stream()
              .anyMatch(u -> u != null && !known.containsKey(u))) {
        problems.add(
            new FieldProblem(
                "phases[" + i + "].reviewerUserIds", "One of the reviewers does not exist."));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private Map<Long, Lifecycle> lifecyclesById() {
    Map<Long, Lifecycle> byId = new HashMap<>();
    lifecycles.findAll().forEach(l -> byId.put(l.getId(), l));
    return byId;
  }

  private List<LifecycleView> views(List<Lifecycle> list) {
    Map<Long, Long> usage = new HashMap<>();
    for (Object[] row : placements.countByLifecycle()) {
      usage.put((Long) row[0], (Long) row[1]);
    }
    Map<Long, List<String>> tierNames = new HashMap<>();
    for (Tier tier : tiers.findAllByOrderByLevelAscIdAsc()) {
      if (tier.getLifecycleId() != null) {
        tierNames
            .computeIfAbsent(tier.getLifecycleId(), k -> new ArrayList<>())
            .add(tier.getName());
      }
    }
    Set<Long> people = new HashSet<>();
    list.forEach(l -> l.getPhases().forEach(p -> people.addAll(p.getReviewerUserIds())));
    Map<Long, UserSummary> names = identity.usersByIds(people);
    return list.stream()
        .map(
            l ->
                new LifecycleView(
                    l.getId(),
                    l.getName(),
                    l.getDescription(),
                    l.getRevision(),
                    l.getPreviousId(),
                    l.isFrozen(),
                    l.isRetired(),
                    l.isApprovalFirst(),
                    usage.getOrDefault(l.getId(), 0L),
                    tierNames.getOrDefault(l.getId(), List.of()),
                    l.getPhases().stream()
                        .map(
                            p ->
                                new LifecycleView.PhaseView(
                                    p.getPosition(),
                                    p.getName(),
                                    p.getDescription(),
                                    p.getGateName(),
                                    p.getCriteria(),
                                    p.getDeliverables(),
                                    people(p.getReviewerUserIds(), names),
                                    p.getReviewerRoles()))
                        .toList(),
                    l.getVersion(),
                    l.getUpdatedAt(),
                    l.getUpdatedBy()))
        .toList();
  }

  static List<LifecycleView.Person> people(Set<Long> ids, Map<Long, UserSummary> names) {
    return ids.stream()
        .map(
            id ->
                new LifecycleView.Person(
                    id, names.containsKey(id) ? names.get(id).displayName() : "#" + id))
        .sorted(Comparator.comparing(LifecycleView.Person::name))
        .toList();
  }
}
