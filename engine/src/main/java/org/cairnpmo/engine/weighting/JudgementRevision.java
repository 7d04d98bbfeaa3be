package org.cairnpmo.engine.weighting;

/**
 * The one judgement whose change makes an inconsistent matrix most consistent, and what to change
 * it to: what a facilitator asks the committee to reconsider first.
 *
 * <p>For every pair above the diagonal, the value the other judgements imply for it is found by
 * leaving the pair out and weighing the rest (Harker's method for incomplete matrices: the pair's
 * entries become 0 and 1 is added to the diagonal of both rows). That value, rounded to the nearest
 * Saaty value, is the suggestion; the pair chosen is the one whose suggestion gives the lowest CR.
 * Ties go to the judgement furthest from what the others imply, then to the first in row order.
 *
 * <p>Why not simply w_i / w_j from the full matrix: those weights are themselves pulled towards the
 * bad judgement, so the ratio understates the correction. With one wrong entry in otherwise
 * consistent judgements, the method here finds that entry and restores its consistent value.
 *
 * @param row the item judged, i
 * @param column the item it is compared with, j (always greater than {@code row})
 * @param currentValue the judgement as entered, a_ij
 * @param impliedValue the ratio w_i / w_j implied by all the other judgements
 * @param suggestedValue {@code impliedValue} rounded to the nearest value on Saaty's scale
 * @param consistencyRatioAfter the CR of the matrix with the suggestion applied
 */
public record JudgementRevision(
    int row,
    int column,
    double currentValue,
    double impliedValue,
    double suggestedValue,
    double consistencyRatioAfter) {

  private static final double SAME_RATIO = 1e-12;

  static JudgementRevision mostEffective(PairwiseComparisonMatrix matrix) {
    JudgementRevision best = null;
    for (int i = 0; i < matrix.size(); i++) {
      for (int j = i + 1; j < matrix.size(); j++) {
        JudgementRevision candidate = revise(matrix, i, j);
        if (best == null || candidate.isBetterThan(best)) {
          best = candidate;
        }
      }
    }
    return best;
  }

  private static JudgementRevision revise(PairwiseComparisonMatrix matrix, int i, int j) {
    double implied = impliedByOthers(matrix.entries(), i, j);
    double suggested = SaatyScale.nearest(implied);
    double ratioAfter = Consistency.of(matrix.withJudgement(i, j, suggested).entries()).ratio();
    return new JudgementRevision(i, j, matrix.value(i, j), implied, suggested, ratioAfter);
  }

  private static double impliedByOthers(double[][] entries, int i, int j) {
    double[][] rest = new double[entries.length][];
    for (int k = 0; k < entries.length; k++) {
      rest[k] = entries[k].clone();
    }
    rest[i][j] = 0;
    rest[j][i] = 0;
    rest[i][i] = 2;
    rest[j][j] = 2;
    double[] weights = PrincipalEigenvector.of(rest).vector();
    return weights[i] / weights[j];
  }

  private boolean isBetterThan(JudgementRevision other) {
    if (Math.abs(consistencyRatioAfter - other.consistencyRatioAfter) > SAME_RATIO) {
      return consistencyRatioAfter < other.consistencyRatioAfter;
    }
    return deviation() > other.deviation() + SAME_RATIO;
  }

  /** How far the judgement is from what the others imply, on a log scale (symmetric in i, j). */
  private double deviation() {
    return Math.abs(Math.log(currentValue / impliedValue));
  }
}
