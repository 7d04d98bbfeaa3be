package org.cairnpmo.engine.weighting;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of weighing one {@link PairwiseComparisonMatrix}.
 *
 * @param weights priority of each item, in matrix order, summing to 1 (the principal eigenvector)
 * @param lambdaMax the principal eigenvalue; n exactly when the judgements are consistent
 * @param consistencyIndex CI = (λmax − n) / (n − 1)
 * @param randomIndex Saaty's RI for n items
 * @param consistencyRatio CR = CI / RI; 0 for one or two items
 * @param suggestedRevision when not consistent, the one judgement whose change helps most
 */
public record AhpResult(
    List<Double> weights,
    double lambdaMax,
    double consistencyIndex,
    double randomIndex,
    double consistencyRatio,
    Optional<JudgementRevision> suggestedRevision) {

  /** Saaty's limit: up to 10 % of the inconsistency expected from random judgements is accepted. */
  public static final double CONSISTENCY_THRESHOLD = 0.10;

  public AhpResult {
    weights = List.copyOf(weights);
  }

  /** The weight of item {@code index}. */
  public double weight(int index) {
    return weights.get(index);
  }

  /** Whether CR ≤ 0.10, so the weights can be used without revisiting the judgements. */
  public boolean isConsistent() {
    return consistencyRatio <= CONSISTENCY_THRESHOLD;
  }
}
