package org.cairnpmo.portfolio.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import org.cairnpmo.engine.weighting.AhpResult;
import org.cairnpmo.engine.weighting.PairwiseComparisonMatrix;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.EditableRecord;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.history.KeepsHistory;

/**
 * A set of selection criteria ("business drivers") with their weights, set directly or derived from
 * pairwise judgements (AHP). Exactly one set is active at a time; once a proposal has been
 * evaluated against a set, the set is frozen so that every score keeps its meaning.
 */
@Entity
@KeepsHistory("criteria-set")
@Table(name = "criteria_set")
@Getter
public class CriteriaSet extends EditableRecord {

  /** AHP's consistency check is tabulated up to 15 items. */
  public static final int MAX_CRITERIA = 15;

  static final int MAX_SCALE = 100;
  private static final double SCALE_TOLERANCE = 1e-9;

  private String name;
  private String description;

  @Enumerated(EnumType.STRING)
  private CriteriaSetStatus status;

  @Enumerated(EnumType.STRING)
  private WeightingMethod weighting;

  private boolean frozen;

  /** 1 while active, null otherwise: a unique column keeps a second active set out. */
  @Getter(AccessLevel.NONE)
  private Integer activeSlot;

  private Instant activatedAt;
  private Instant retiredAt;
  private Long copiedFromId;

  @OneToMany(mappedBy = "criteriaSet", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  @Getter(AccessLevel.NONE)
  private List<Criterion> criteria = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "criteria_judgement", joinColumns = @JoinColumn(name = "criteria_set_id"))
  @Getter(AccessLevel.NONE)
  private List<Judgement> judgements = new ArrayList<>();

  protected CriteriaSet() {}

  public static CriteriaSet define(CriteriaSetData data, String by, Instant now) {
    CriteriaSet set = new CriteriaSet();
    set.status = CriteriaSetStatus.DRAFT;
    set.stampCreated(by, now);
    set.apply(data, by, now);
    return set;
  }

  /** Changes name, criteria and weights; not once the set is frozen or retired. */
  public void revise(CriteriaSetData data, String by, Instant now) {
    requireEditable();
    apply(data, by, now);
  }

  private void apply(CriteriaSetData data, String by, Instant now) {
    CriteriaSetChecks.validate(data);
    name = data.name().trim();
    description = Texts.blankToNull(data.description());
    weighting = data.weighting() == null ? WeightingMethod.DIRECT : data.weighting();
    Map<Long, Criterion> existing = new HashMap<>();
    criteria.forEach(c -> existing.put(c.getId(), c));
    List<Criterion> next = new ArrayList<>();
    List<FieldProblem> problems = new ArrayList<>();
    List<CriteriaSetData.Criterion> wanted = data.criteriaOrEmpty();
    for (int i = 0; i < wanted.size(); i++) {
      CriteriaSetData.Criterion c = wanted.get(i);
      if (c.id() == null) {
        next.add(new Criterion(this, i, c));
      } else if (existing.containsKey(c.id())) {
        Criterion kept = existing.remove(c.id());
        kept.update(i, c);
        next.add(kept);
      } else {
        problems.add(
            new FieldProblem("criteria[" + i + "].id", "This criterion is not part of the set."));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    criteria.clear();
    criteria.addAll(next);
    Set<Long> removed = existing.keySet();
    judgements.removeIf(
        j -> removed.contains(j.firstCriterionId()) || removed.contains(j.secondCriterionId()));
    // Order may have changed: keep each judgement oriented from the earlier criterion.
    List<Judgement> oriented = new ArrayList<>();
    for (Judgement j : judgements) {
      oriented.add(orient(j.firstCriterionId(), j.secondCriterionId(), j.value()));
    }
    judgements.clear();
    judgements.addAll(oriented);
    stampChanged(by, now);
  }

  /** Replaces the pairwise judgements; pairs left out are simply not judged yet. */
  public void judge(List<JudgementsData.Judgement> input, String by, Instant now) {
    requireEditable();
    if (weighting != WeightingMethod.PAIRWISE) {
      throw new BusinessRuleException(
          "not-pairwise",
          "This set uses direct weights. Switch it to pairwise comparison before entering"
              + " judgements.");
    }
    Map<Long, Criterion> byId = new HashMap<>();
    criteria.forEach(c -> byId.put(c.getId(), c));
    List<FieldProblem> problems = new ArrayList<>();
    Map<String, Judgement> result = new LinkedHashMap<>();
    for (int i = 0; i < input.size(); i++) {
      JudgementsData.Judgement j = input.get(i);
      String prefix = "judgements[" + i + "].";
      if (!byId.containsKey(j.criterionId())) {
        problems.add(new FieldProblem(prefix + "criterionId", "Not a criterion of this set."));
        continue;
      }
      if (!byId.containsKey(j.comparedToId())) {
        problems.add(new FieldProblem(prefix + "comparedToId", "Not a criterion of this set."));
        continue;
      }
      if (j.criterionId().equals(j.comparedToId())) {
        problems.add(
            new FieldProblem(prefix + "comparedToId", "Compare a criterion with another one."));
        continue;
      }
      double value = j.value();
      if (!(value >= 1.0 / 9 - SCALE_TOLERANCE && value <= 9 + SCALE_TOLERANCE)) {
        problems.add(
            new FieldProblem(
                prefix + "value", "Use Saaty's scale: from 1/9 (0.111) to 9, 1 meaning equal."));
        continue;
      }
      Judgement oriented = orient(j.criterionId(), j.comparedToId(), value);
      String key = oriented.firstCriterionId() + ":" + oriented.secondCriterionId();
      if (result.put(key, oriented) != null) {
        problems.add(
            new FieldProblem(prefix + "comparedToId", "This pair is already judged above."));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    judgements.clear();
    judgements.addAll(result.values());
    stampChanged(by, now);
  }

  /** The judgement seen from the criterion listed first; the value is inverted if needed. */
  private Judgement orient(Long a, Long b, double value) {
    int positionA = positionOf(a);
    int positionB = positionOf(b);
    return positionA <= positionB ? new Judgement(a, b, value) : new Judgement(b, a, 1 / value);
  }

  private int positionOf(Long criterionId) {
    return criteria.stream()
        .filter(c -> criterionId.equals(c.getId()))
        .mapToInt(Criterion::getPosition)
        .findFirst()
        .orElse(Integer.MAX_VALUE);
  }

  /** Criteria in their order. */
  public List<Criterion> orderedCriteria() {
    return criteria.stream().sorted(Comparator.comparingInt(Criterion::getPosition)).toList();
  }

  /** How much more important {@code first} is than {@code second}, if judged. */
  public Optional<Double> judgement(long first, long second) {
    for (Judgement j : judgements) {
      if (j.firstCriterionId() == first && j.secondCriterionId() == second) {
        return Optional.of(j.value());
      }
      if (j.firstCriterionId() == second && j.secondCriterionId() == first) {
        return Optional.of(1 / j.value());
      }
    }
    return Optional.empty();
  }

  /** The AHP analysis, when weighting is pairwise and every pair has been judged. */
  public Optional<AhpResult> analysis() {
    if (weighting != WeightingMethod.PAIRWISE || criteria.isEmpty()) {
      return Optional.empty();
    }
    List<Criterion> ordered = orderedCriteria();
    int n = ordered.size();
    double[] upper = new double[n * (n - 1) / 2];
    int next = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        Optional<Double> value = judgement(ordered.get(i).getId(), ordered.get(j).getId());
        if (value.isEmpty()) {
          return Optional.empty();
        }
        upper[next++] = value.get();
      }
    }
    return Optional.of(PairwiseComparisonMatrix.fromUpperTriangle(n, upper).analyze());
  }

  /** The normalised weight (0–1) of each criterion by id, in order; empty while incomplete. */
  public Optional<Map<Long, Double>> weights() {
    List<Criterion> ordered = orderedCriteria();
    List<Double> weights;
    if (weighting == WeightingMethod.PAIRWISE) {
      Optional<AhpResult> result = analysis();
      if (result.isEmpty()) {
        return Optional.empty();
      }
      weights = result.get().weights();
    } else {
      weights = Scoring.normaliseWeights(ordered.stream().map(Criterion::getDirectWeight).toList());
      if (weights.isEmpty()) {
        return Optional.empty();
      }
    }
    Map<Long, Double> byId = new LinkedHashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      byId.put(ordered.get(i).getId(), weights.get(i));
    }
    return Optional.of(byId);
  }

  /**
   * Makes this the active set. It must have complete weights and, when weighted by pairwise
   * comparison, consistent judgements (CR ≤ 0.10). The caller retires the previous active set.
   */
  public void activate(String by, Instant now) {
    checkActivatable();
    status = CriteriaSetStatus.ACTIVE;
    activeSlot = 1;
    activatedAt = now;
    retiredAt = null;
    stampChanged(by, now);
  }

  /** Throws, saying why, unless the set could become the active one now. */
  public void checkActivatable() {
    if (status == CriteriaSetStatus.ACTIVE) {
      throw new BusinessRuleException("already-active", "This criteria set is already active.");
    }
    if (weights().isEmpty()) {
      throw new BusinessRuleException(
          "weights-incomplete",
          weighting == WeightingMethod.PAIRWISE
              ? "Judge every pair of criteria before activating the set."
              : "Give the criteria weights (not all zero) before activating the set.");
    }
    Optional<AhpResult> ahp = analysis();
    if (ahp.isPresent() && !ahp.get().isConsistent()) {
      throw new BusinessRuleException(
          "inconsistent-judgements",
          String.format(
              Locale.ROOT,
              "The pairwise judgements are inconsistent (CR %.3f is above %.2f). Revise them"
                  + " before activating the set.",
              ahp.get().consistencyRatio(),
              AhpResult.CONSISTENCY_THRESHOLD));
    }
  }

  public boolean isActivatable() {
    try {
      checkActivatable();
      return true;
    } catch (BusinessRuleException e) {
      return false;
    }
  }

  /** Another set became active. */
  public void retire(String by, Instant now) {
    status = CriteriaSetStatus.RETIRED;
    activeSlot = null;
    retiredAt = now;
    stampChanged(by, now);
  }

  /** A proposal is evaluated against this set: from now on it cannot change. */
  public void freeze() {
    frozen = true;
  }

  /** A new draft with the same criteria and weighting; judgements follow once it has ids. */
  public CriteriaSet copy(String newName, String by, Instant now) {
    CriteriaSet copy = new CriteriaSet();
    copy.status = CriteriaSetStatus.DRAFT;
    copy.stampCreated(by, now);
    copy.copiedFromId = getId();
    copy.apply(
        new CriteriaSetData(
            newName,
            description,
            weighting,
            orderedCriteria().stream()
                .map(
                    c ->
                        new CriteriaSetData.Criterion(
                            null,
                            c.getName(),
                            c.getDescription(),
                            c.getScaleMin(),
                            c.getScaleMax(),
                            c.getDirectWeight()))
                .toList(),
            null),
        by,
        now);
    return copy;
  }

  /** Takes over the judgements of {@code source}, criterion by criterion in order. */
  public void copyJudgementsFrom(CriteriaSet source) {
    List<Criterion> from = source.orderedCriteria();
    List<Criterion> to = orderedCriteria();
    Map<Long, Long> map = new HashMap<>();
    for (int i = 0; i < Math.min(from.size(), to.size()); i++) {
      map.put(from.get(i).getId(), to.get(i).getId());
    }
    judgements.clear();
    for (Judgement j : source.judgements) {
      Long first = map.get(j.firstCriterionId());
      Long second = map.get(j.secondCriterionId());
      if (first != null && second != null) {
        judgements.add(new Judgement(first, second, j.value()));
      }
    }
  }

  public boolean isEditable() {
    return !frozen && status != CriteriaSetStatus.RETIRED;
  }

  private void requireEditable() {
    if (frozen) {
      throw new BusinessRuleException(
          "criteria-set-frozen",
          "Proposals have been evaluated against this criteria set, so it can no longer change."
              + " Copy it to make a new version.");
    }
    if (status == CriteriaSetStatus.RETIRED) {
      throw new BusinessRuleException(
          "criteria-set-retired",
          "This criteria set is retired and can no longer change. Copy it to make a new version.");
    }
  }

  public CriteriaSetData toData() {
    return new CriteriaSetData(
        name,
        description,
        weighting,
        orderedCriteria().stream().map(Criterion::toData).toList(),
        getVersion());
  }

  public List<Judgement> getJudgements() {
    return List.copyOf(judgements);
  }
}
