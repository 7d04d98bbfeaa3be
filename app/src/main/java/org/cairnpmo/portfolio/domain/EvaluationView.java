package org.cairnpmo.portfolio.domain;

import java.util.List;

/**
 * The evaluation of one proposal across its scorers: the weighted score from the submitted sheets
 * and, per criterion, how far the scorers agree. Disagreement is flagged, never averaged away.
 *
 * @param weightedScore 0–100: each criterion's mean rating normalised to 0–1 on its scale,
 *     weighted, times 100; null until a sheet has been submitted
 * @param disagreementThreshold the spread (max − min, as a share of the scale) above which scorers
 *     are flagged as disagreeing
 * @param sheets every scorer's sheet (PMO, administrators and executives see them all)
 */
public record EvaluationView(
    long proposalId,
    String proposalCode,
    String proposalTitle,
    ProposalStatus status,
    long criteriaSetId,
    String criteriaSetName,
    Double weightedScore,
    int submittedSheets,
    int assignedSheets,
    double disagreementThreshold,
    List<CriterionResult> criteria,
    List<ScoreSheetView> sheets) {

  /**
   * The submitted ratings of one criterion: their mean, spread and standard deviation (population)
   * and whether the scorers disagree.
   */
  public record CriterionResult(
      long criterionId,
      String criterion,
      int scaleMin,
      int scaleMax,
      double weightPercent,
      int ratings,
      Double mean,
      Integer min,
      Integer max,
      Double standardDeviation,
      Double contribution,
      boolean disagreement) {}

  public long disagreements() {
    return criteria.stream().filter(CriterionResult::disagreement).count();
  }
}
