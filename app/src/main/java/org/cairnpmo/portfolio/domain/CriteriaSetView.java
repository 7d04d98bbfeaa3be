package org.cairnpmo.portfolio.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A criteria set with its weights and, for pairwise weighting, the AHP analysis.
 *
 * @param frozen a proposal has been evaluated against it: it can no longer change (copy it)
 * @param weightsComplete every criterion has a usable weight (direct weights not all zero, or all
 *     pairs judged)
 * @param ahp the AHP analysis when weighting is pairwise and every pair has been judged
 * @param editable the caller may change it now
 * @param activatable the caller may make it the active set now
 */
public record CriteriaSetView(
    long id,
    String name,
    String description,
    CriteriaSetStatus status,
    WeightingMethod weighting,
    boolean frozen,
    List<CriterionView> criteria,
    List<JudgementView> judgements,
    boolean weightsComplete,
    AhpView ahp,
    Long copiedFromId,
    Instant activatedAt,
    Instant retiredAt,
    long version,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy,
    boolean editable,
    boolean activatable) {

  /** A criterion with its effective (normalised) weight; {@code weight} is null while unknown. */
  public record CriterionView(
      long id,
      int position,
      String name,
      String description,
      int scaleMin,
      int scaleMax,
      BigDecimal directWeight,
      Double weight) {

    /** The weight as a percentage, or null while unknown. */
    public Double weightPercent() {
      return weight == null ? null : weight * 100;
    }
  }

  /** One stored judgement: how much more important {@code criterionId} is than the other. */
  public record JudgementView(long criterionId, long comparedToId, double value) {}

  /**
   * The AHP analysis: λmax, the consistency index and ratio; when CR exceeds 0.10 the judgements
   * are inconsistent and {@code revision} names the pair that contributes most.
   */
  public record AhpView(
      double lambdaMax,
      double consistencyIndex,
      double randomIndex,
      double consistencyRatio,
      boolean consistent,
      Revision revision) {}

  /**
   * The judgement to reconsider first and the value the other judgements imply for it.
   *
   * @param currentValue how much more important {@code criterionId} is judged than {@code
   *     comparedToId} now
   * @param suggestedValue the nearest value on Saaty's scale to {@code impliedValue}
   * @param consistencyRatioAfter the CR with the suggestion applied
   */
  public record Revision(
      long criterionId,
      String criterionName,
      long comparedToId,
      String comparedToName,
      double currentValue,
      double impliedValue,
      double suggestedValue,
      double consistencyRatioAfter) {}
}
