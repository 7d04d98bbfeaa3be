package org.cairnpmo.portfolio.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of evaluation, kept apart so that it can be checked by hand.
 *
 * <ul>
 *   <li>A rating is normalised to 0–1 on its criterion's scale: (value − min) / (max − min).
 *   <li>The weighted score is Σ weight × normalised mean rating, × 100, so 0–100 whatever the
 *       scales.
 *   <li>Scorers disagree on a criterion when their ratings span more than {@link
 *       #DISAGREEMENT_THRESHOLD} of the scale (on 1–5: two points or more apart; on 0–10: three).
 * </ul>
 */
public final class Scoring {

  /** The share of a scale beyond which the spread of ratings counts as disagreement. */
  public static final double DISAGREEMENT_THRESHOLD = 0.25;

  private Scoring() {}

  /** A criterion as scoring needs it: its id, scale and normalised weight (0–1). */
  public record WeightedCriterion(long id, int scaleMin, int scaleMax, double weight) {}

  /** How the ratings of one criterion spread. */
  public record Spread(
      int count, double mean, int min, int max, double standardDeviation, boolean disagreement) {}

  public static double normalise(double value, int scaleMin, int scaleMax) {
    return (value - scaleMin) / (scaleMax - scaleMin);
  }

  /**
   * The weighted score (0–100) from a rating per criterion (a mean rating, for several scorers);
   * null when a criterion has no rating.
   */
  public static Double weightedScore(List<WeightedCriterion> criteria, Map<Long, Double> ratings) {
    if (criteria.isEmpty()) {
      return null;
    }
    double score = 0;
    for (WeightedCriterion criterion : criteria) {
      Double rating = ratings.get(criterion.id());
      if (rating == null) {
        return null;
      }
      score += criterion.weight() * normalise(rating, criterion.scaleMin(), criterion.scaleMax());
    }
    return score * 100;
  }

  /** The spread of some ratings on a scale; null when there are none. */
  public static Spread spread(List<Integer> ratings, int scaleMin, int scaleMax) {
    if (ratings.isEmpty()) {
      return null;
    }
    double mean = ratings.stream().mapToInt(Integer::intValue).average().orElseThrow();
    double variance =
        ratings.stream().mapToDouble(r -> (r - mean) * (r - mean)).sum() / ratings.size();
    int min = ratings.stream().mapToInt(Integer::intValue).min().orElseThrow();
    int max = ratings.stream().mapToInt(Integer::intValue).max().orElseThrow();
    boolean disagreement =
        (double) (max - min) / (scaleMax - scaleMin) > DISAGREEMENT_THRESHOLD + 1e-9;
    return new Spread(ratings.size(), mean, min, max, Math.sqrt(variance), disagreement);
  }

  /**
   * Direct weights normalised to sum to 1, in the same order; empty when they do not add up to
   * anything (all zero or missing), since then no weighting is defined.
   */
  public static List<Double> normaliseWeights(List<BigDecimal> raw) {
    double sum = 0;
    for (BigDecimal weight : raw) {
      if (weight == null || weight.signum() < 0) {
        return List.of();
      }
      sum += weight.doubleValue();
    }
    if (raw.isEmpty() || sum <= 0) {
      return List.of();
    }
    List<Double> weights = new ArrayList<>(raw.size());
    for (BigDecimal weight : raw) {
      weights.add(weight.doubleValue() / sum);
    }
    return weights;
  }
}
