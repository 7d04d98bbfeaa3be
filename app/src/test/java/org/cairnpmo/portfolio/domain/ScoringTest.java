package org.cairnpmo.portfolio.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringTest {

  @Test
  void a_rating_is_normalised_on_its_own_scale() {
    assertThat(Scoring.normalise(1, 1, 5)).isEqualTo(0.0);
    assertThat(Scoring.normalise(3, 1, 5)).isEqualTo(0.5);
    assertThat(Scoring.normalise(5, 1, 5)).isEqualTo(1.0);
    assertThat(Scoring.normalise(7, 0, 10)).isCloseTo(0.7, within(1e-12));
  }

  @Test
  void the_weighted_score_weights_normalised_ratings_and_scales_to_100() {
    var criteria =
        List.of(
            new Scoring.WeightedCriterion(1, 1, 5, 0.5),
            new Scoring.WeightedCriterion(2, 0, 10, 0.3),
            new Scoring.WeightedCriterion(3, 1, 5, 0.2));
    // 0.5 × (4−1)/4 + 0.3 × 6/10 + 0.2 × (1−1)/4 = 0.375 + 0.18 + 0 = 0.555
    Double score = Scoring.weightedScore(criteria, Map.of(1L, 4.0, 2L, 6.0, 3L, 1.0));
    assertThat(score).isCloseTo(55.5, within(1e-9));
  }

  @Test
  void all_top_ratings_score_100_and_all_bottom_ratings_score_0() {
    var criteria =
        List.of(
            new Scoring.WeightedCriterion(1, 1, 5, 0.25),
            new Scoring.WeightedCriterion(2, 0, 10, 0.75));
    assertThat(Scoring.weightedScore(criteria, Map.of(1L, 5.0, 2L, 10.0)))
        .isCloseTo(100, within(1e-9));
    assertThat(Scoring.weightedScore(criteria, Map.of(1L, 1.0, 2L, 0.0))).isEqualTo(0.0);
  }

  @Test
  void a_criterion_without_a_rating_leaves_the_score_undefined() {
    var criteria =
        List.of(
            new Scoring.WeightedCriterion(1, 1, 5, 0.5),
            new Scoring.WeightedCriterion(2, 1, 5, 0.5));
    assertThat(Scoring.weightedScore(criteria, Map.of(1L, 3.0))).isNull();
  }

  @Test
  void the_spread_gives_mean_min_max_and_population_standard_deviation() {
    Scoring.Spread spread = Scoring.spread(List.of(2, 4, 4, 4, 5, 5, 7, 9), 0, 10);
    assertThat(spread.mean()).isEqualTo(5.0);
    assertThat(spread.min()).isEqualTo(2);
    assertThat(spread.max()).isEqualTo(9);
    assertThat(spread.standardDeviation()).isCloseTo(2.0, within(1e-12));
    assertThat(spread.disagreement()).isTrue();
  }

  @Test
  void scorers_one_point_apart_on_one_to_five_agree_two_points_apart_disagree() {
    assertThat(Scoring.spread(List.of(3, 4, 4), 1, 5).disagreement()).isFalse();
    assertThat(Scoring.spread(List.of(2, 4), 1, 5).disagreement()).isTrue();
    assertThat(Scoring.spread(List.of(5, 7), 0, 10).disagreement()).isFalse();
    assertThat(Scoring.spread(List.of(4, 7), 0, 10).disagreement()).isTrue();
    assertThat(Scoring.spread(List.of(), 1, 5)).isNull();
  }

  @Test
  void direct_weights_are_normalised_to_sum_to_one() {
    List<Double> weights =
        Scoring.normaliseWeights(
            List.of(new BigDecimal("40"), new BigDecimal("30"), new BigDecimal("10")));
    assertThat(weights).containsExactly(0.5, 0.375, 0.125);
    assertThat(Scoring.normaliseWeights(List.of(new BigDecimal("3"), new BigDecimal("1"))))
        .containsExactly(0.75, 0.25);
  }

  @Test
  void direct_weights_that_add_up_to_nothing_define_no_weighting() {
    assertThat(Scoring.normaliseWeights(List.of(BigDecimal.ZERO, BigDecimal.ZERO))).isEmpty();
    assertThat(Scoring.normaliseWeights(java.util.Arrays.asList(BigDecimal.ONE, null))).isEmpty();
    assertThat(Scoring.normaliseWeights(List.of())).isEmpty();
  }
}
