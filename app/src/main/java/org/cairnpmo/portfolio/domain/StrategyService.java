package org.cairnpmo.portfolio.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.engine.weighting.AhpResult;
import org.cairnpmo.engine.weighting.JudgementRevision;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.DisplayNames;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Strategy use cases: objectives and criteria sets. Everyone signed in reads them; the PMO and
 * administrators change them.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class StrategyService {

  private static final Sort OBJECTIVES_BY_NAME = Sort.by("name").and(Sort.by("id"));
  private static final Sort SETS_NEWEST_FIRST =
      Sort.by(Sort.Direction.DESC, "audit.createdAt").and(Sort.by(Sort.Direction.DESC, "id"));

  private final StrategicObjectiveRepository objectives;
  private final CriteriaSetRepository sets;
  private final IdentityApi identity;
  private final Clock clock;

  /** The page asked for, at most {@link Paging#MAX_SIZE} long, in the list's own order. */
  private static Pageable in(Pageable pageable, Sort order) {
    return PageRequest.of(
        pageable.getPageNumber(),
        Math.min(Math.max(pageable.getPageSize(), 1), Paging.MAX_SIZE),
        order);
  }

  // ---- objectives -------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public Page<ObjectiveView> objectives(Pageable pageable) {
    Page<StrategicObjective> page = objectives.findAll(in(pageable, OBJECTIVES_BY_NAME));
    DisplayNames names = objectiveNames(page.getContent());
    return page.map(o -> view(o, names));
  }

  @Transactional(readOnly = true)
  public List<ObjectiveView> allObjectives() {
    List<StrategicObjective> all = objectives.findAll(OBJECTIVES_BY_NAME);
    DisplayNames names = objectiveNames(all);
    return all.stream().map(o -> view(o, names)).toList();
  }

  @Transactional(readOnly = true)
  public ObjectiveView objective(long id) {
    StrategicObjective objective = requireObjective(id);
    return view(objective, objectiveNames(List.of(objective)));
  }

  @Transactional(readOnly = true)
  public ObjectiveData objectiveForEdit(long id, CurrentUser editor) {
    requireGoverns(editor);
    return requireObjective(id).toData();
  }

  @Transactional
  public ObjectiveView defineObjective(ObjectiveData data, CurrentUser author) {
    requireGoverns(author);
    checkOwner(data.ownerId());
    StrategicObjective objective =
        objectives.saveAndFlush(
            StrategicObjective.define(data, author.username(), clock.instant()));
    return view(objective, objectiveNames(List.of(objective)));
  }

  @Transactional
  public ObjectiveView reviseObjective(
      long id, ObjectiveData data, long expectedVersion, CurrentUser editor) {
    requireGoverns(editor);
    StrategicObjective objective = requireObjective(id);
    Versions.require("Objective " + objective.getName(), expectedVersion, objective.getVersion());
    checkOwner(data.ownerId());
    objective.revise(data, editor.username(), clock.instant());
    objectives.saveAndFlush(objective);
    return view(objective, objectiveNames(List.of(objective)));
  }

  private void checkOwner(Long ownerId) {
    if (ownerId != null && identity.user(ownerId).isEmpty()) {
      throw InvalidInputException.of("ownerId", "This person does not exist.");
    }
  }

  StrategicObjective requireObjective(long id) {
    return objectives.findById(id).orElseThrow(() -> new NotFoundException("Objective", id));
  }

  private DisplayNames objectiveNames(List<StrategicObjective> list) {
    Set<Long> people = new HashSet<>();
    list.forEach(
        o -> {
          if (o.getOwnerId() != null) people.add(o.getOwnerId());
        });
    return new DisplayNames(identity.usersByIds(people), Map.of());
  }

  private static ObjectiveView view(StrategicObjective o, DisplayNames names) {
    return new ObjectiveView(
        o.getId(),
        o.getName(),
        o.getDescription(),
        o.getOwnerId(),
        names.person(o.getOwnerId()),
        o.getTarget(),
        o.getPeriodFrom(),
        o.getPeriodTo(),
        o.getVersion(),
        o.getUpdatedAt(),
        o.getUpdatedBy());
  }

  // ---- criteria sets ----------------------------------------------------------------------

  @Transactional(readOnly = true)
  public Page<CriteriaSetView> criteriaSets(Pageable pageable, CurrentUser viewer) {
    return sets.findAll(in(pageable, SETS_NEWEST_FIRST)).map(s -> view(s, viewer));
  }

  @Transactional(readOnly = true)
  public List<CriteriaSetView> allCriteriaSets(CurrentUser viewer) {
    return sets.findAll(SETS_NEWEST_FIRST).stream().map(s -> view(s, viewer)).toList();
  }

  @Transactional(readOnly = true)
  public CriteriaSetView criteriaSet(long id, CurrentUser viewer) {
    return view(requireSet(id), viewer);
  }

  @Transactional(readOnly = true)
  public Optional<CriteriaSetView> activeCriteriaSet(CurrentUser viewer) {
    return sets.findFirstByStatus(CriteriaSetStatus.ACTIVE).map(s -> view(s, viewer));
  }

  @Transactional(readOnly = true)
  public CriteriaSetData criteriaSetForEdit(long id, CurrentUser editor) {
    requireGoverns(editor);
    return requireSet(id).toData();
  }

  @Transactional
  public CriteriaSetView defineCriteriaSet(CriteriaSetData data, CurrentUser author) {
    requireGoverns(author);
    CriteriaSet set =
        sets.saveAndFlush(CriteriaSet.define(data, author.username(), clock.instant()));
    return view(set, author);
  }

  @Transactional
  public CriteriaSetView reviseCriteriaSet(
      long id, CriteriaSetData data, long expectedVersion, CurrentUser editor) {
    return change(
        id, expectedVersion, editor, (set, now) -> set.revise(data, editor.username(), now));
  }

  @Transactional
  public CriteriaSetView judge(
      long id, JudgementsData data, long expectedVersion, CurrentUser editor) {
    return change(
        id,
        expectedVersion,
        editor,
        (set, now) -> set.judge(data.judgements(), editor.username(), now));
  }

  /** Makes the set the active one and retires the previously active set. */
  @Transactional
  public CriteriaSetView activate(long id, long expectedVersion, CurrentUser editor) {
    return change(
        id,
        expectedVersion,
        editor,
        (set, now) -> {
          set.checkActivatable();
          Optional<CriteriaSet> previous = sets.findFirstByStatus(CriteriaSetStatus.ACTIVE);
          if (previous.isPresent() && !previous.get().getId().equals(set.getId())) {
            previous.get().retire(editor.username(), now);
            sets.saveAndFlush(previous.get()); // free the active slot before taking it
          }
          set.activate(editor.username(), now);
        });
  }

  /** Changes a set at the version the editor read; the PMO and administrators only. */
  private CriteriaSetView change(
      long id, long expectedVersion, CurrentUser editor, BiConsumer<CriteriaSet, Instant> change) {
    requireGoverns(editor);
    CriteriaSet set = requireSet(id);
    Versions.require("Criteria set " + set.getName(), expectedVersion, set.getVersion());
    change.accept(set, clock.instant());
    sets.saveAndFlush(set);
    return view(set, editor);
  }

  /** A new draft with the same criteria, weights and judgements, to change what is frozen. */
  @Transactional
  public CriteriaSetView copy(long id, CurrentUser editor) {
    requireGoverns(editor);
    CriteriaSet source = requireSet(id);
    String name = source.getName();
    String copyName = (name.length() > 110 ? name.substring(0, 110) : name) + " (copy)";
    CriteriaSet copy = sets.saveAndFlush(source.copy(copyName, editor.username(), clock.instant()));
    copy.copyJudgementsFrom(source);
    sets.saveAndFlush(copy);
    return view(copy, editor);
  }

  CriteriaSet requireSet(long id) {
    return sets.findById(id).orElseThrow(() -> new NotFoundException("Criteria set", id));
  }

  static void requireGoverns(CurrentUser user) {
    if (!PortfolioAccess.governs(user)) {
      throw new AccessDeniedException("Only the PMO and administrators change the strategy");
    }
  }

  static CriteriaSetView view(CriteriaSet set, CurrentUser viewer) {
    Map<Long, Double> weights = set.weights().orElse(Map.of());
    List<Criterion> ordered = set.orderedCriteria();
    List<CriteriaSetView.CriterionView> criteria =
        ordered.stream()
            .map(
                c ->
                    new CriteriaSetView.CriterionView(
                        c.getId(),
                        c.getPosition(),
                        c.getName(),
                        c.getDescription(),
                        c.getScaleMin(),
                        c.getScaleMax(),
                        c.getDirectWeight(),
                        weights.get(c.getId())))
            .toList();
    List<CriteriaSetView.JudgementView> judgements = new ArrayList<>();
    for (Judgement j : set.getJudgements()) {
      judgements.add(
          new CriteriaSetView.JudgementView(
              j.firstCriterionId(), j.secondCriterionId(), j.value()));
    }
    CriteriaSetView.AhpView ahp = set.analysis().map(r -> ahpView(r, ordered)).orElse(null);
    boolean governs = PortfolioAccess.governs(viewer);
    boolean activatable =
        governs && set.getStatus() != CriteriaSetStatus.ACTIVE && set.isActivatable();
    return new CriteriaSetView(
        set.getId(),
        set.getName(),
        set.getDescription(),
        set.getStatus(),
        set.getWeighting(),
        set.isFrozen(),
        criteria,
        judgements,
        !weights.isEmpty(),
        ahp,
        set.getCopiedFromId(),
        set.getActivatedAt(),
        set.getRetiredAt(),
        set.getVersion(),
        set.getCreatedAt(),
        set.getCreatedBy(),
        set.getUpdatedAt(),
        set.getUpdatedBy(),
        governs && set.isEditable(),
        activatable);
  }

  private static CriteriaSetView.AhpView ahpView(AhpResult result, List<Criterion> ordered) {
    CriteriaSetView.Revision revision = null;
    if (result.suggestedRevision().isPresent()) {
      JudgementRevision r = result.suggestedRevision().get();
      Criterion row = ordered.get(r.row());
      Criterion column = ordered.get(r.column());
      revision =
          new CriteriaSetView.Revision(
              row.getId(),
              row.getName(),
              column.getId(),
              column.getName(),
              r.currentValue(),
              r.impliedValue(),
              r.suggestedValue(),
              r.consistencyRatioAfter());
    }
    return new CriteriaSetView.AhpView(
        result.lambdaMax(),
        result.consistencyIndex(),
        result.randomIndex(),
        result.consistencyRatio(),
        result.isConsistent(),
        revision);
  }
}
