package org.cairnpmo.engine.weighting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class PairwiseComparisonMatrixTest {

  private static final Offset<Double> PUBLISHED = within(0.005);
  private static final Offset<Double> EXACT = within(1e-12);

  @Test
  void saatysRelativeDrinkConsumptionExample() {
    // Saaty, "Decision making with the analytic hierarchy process", International Journal of
    // Services Sciences 1(1), 2008, pp. 83-98: relative consumption of drinks in the USA.
    // Order: coffee, wine, tea, beer, soda, milk, water. Published eigenvector weights
    // 0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327 and CR 0.022 (with RI(7) = 1.32).
    PairwiseComparisonMatrix drinks =
        PairwiseComparisonMatrix.fromUpperTriangle(
            7, 9, 5, 2, 1, 1, 1.0 / 2, // coffee vs wine, tea, beer, soda, milk, water
            1.0 / 3, 1.0 / 9, 1.0 / 9, 1.0 / 9, 1.0 / 9, // wine vs tea ... water
            1.0 / 3, 1.0 / 4, 1.0 / 3, 1.0 / 9, // tea vs beer ... water
            1.0 / 2, 1, 1.0 / 3, // beer vs soda, milk, water
            2, 1.0 / 2, // soda vs milk, water
            1.0 / 3); // milk vs water

    AhpResult result = drinks.analyze();

    double[] published = {0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327};
    for (int i = 0; i < published.length; i++) {
      assertThat(result.weight(i)).as("weight %d", i).isCloseTo(published[i], PUBLISHED);
    }
    assertThat(result.randomIndex()).isEqualTo(1.32);
    assertThat(result.consistencyRatio()).isCloseTo(0.022, within(0.001));
    assertThat(result.isConsistent()).isTrue();
    assertThat(result.suggestedRevision()).isEmpty();
  }

  @Test
  void wikipediaLeaderExampleCriteria() {
    // Wikipedia, "Analytic hierarchy process – leader example", criteria matrix over experience,
    // education, charisma, age (experience 4x education, 3x charisma, 7x age; education 1/3x
    // charisma, 3x age; charisma 5x age). Priorities 0.548, 0.127, 0.270, 0.056 and CR 0.044, as
    // the page and the AHPy README (github.com/PhilipGriffith/AHPy, Saaty's RI) report them.
    AhpResult result =
        PairwiseComparisonMatrix.fromUpperTriangle(4, 4, 3, 7, 1.0 / 3, 3, 5).analyze();

    assertThat(result.weight(0)).isCloseTo(0.548, PUBLISHED);
    assertThat(result.weight(1)).isCloseTo(0.127, PUBLISHED);
    assertThat(result.weight(2)).isCloseTo(0.270, PUBLISHED);
    assertThat(result.weight(3)).isCloseTo(0.056, PUBLISHED);
    assertThat(result.consistencyRatio()).isCloseTo(0.044, within(0.001));
  }

  @Test
  void wikipediaCarExampleCriteria() {
    // Wikipedia, "Analytic hierarchy process – car example", criteria cost, safety, style,
    // capacity (cost 3x safety, 7x style, 3x capacity; safety 9x style, 1x capacity; style 1/7x
    // capacity). Eigenvector priorities 0.510, 0.234, 0.041, 0.215 as the AHPy README reports;
    // the Wikipedia page itself shows 0.504, 0.237, 0.042, 0.217 from an approximate online
    // calculator, which it warns about. Both report acceptable consistency.
    AhpResult result =
        PairwiseComparisonMatrix.fromUpperTriangle(4, 3, 7, 3, 9, 1, 1.0 / 7).analyze();

    assertThat(result.weight(0)).isCloseTo(0.510, PUBLISHED);
    assertThat(result.weight(1)).isCloseTo(0.234, PUBLISHED);
    assertThat(result.weight(2)).isCloseTo(0.041, PUBLISHED);
    assertThat(result.weight(3)).isCloseTo(0.215, PUBLISHED);
    assertThat(result.isConsistent()).isTrue();
  }

  @Test
  void perfectlyConsistentJudgementsGiveExactWeightsAndZeroInconsistency() {
    // Built from weights 8 : 4 : 2 : 1, so a_ij = w_i / w_j. Each row of A·w is then
    // sum_j (w_i / w_j) w_j = 4 w_i: λmax = n = 4, CI = 0, CR = 0, w = (8, 4, 2, 1) / 15.
    AhpResult result = PairwiseComparisonMatrix.fromUpperTriangle(4, 2, 4, 8, 2, 4, 2).analyze();

    assertThat(result.weights()).hasSize(4);
    assertThat(result.weight(0)).isCloseTo(8.0 / 15, EXACT);
    assertThat(result.weight(1)).isCloseTo(4.0 / 15, EXACT);
    assertThat(result.weight(2)).isCloseTo(2.0 / 15, EXACT);
    assertThat(result.weight(3)).isCloseTo(1.0 / 15, EXACT);
    assertThat(result.lambdaMax()).isCloseTo(4, EXACT);
    assertThat(result.consistencyIndex()).isCloseTo(0, EXACT);
    assertThat(result.consistencyRatio()).isCloseTo(0, EXACT);
    assertThat(result.isConsistent()).isTrue();
    assertThat(result.suggestedRevision()).isEmpty();
  }

  @Test
  void aReversedJudgementIsFoundAndItsConsistentValueRestored() {
    // The consistent 8 : 4 : 2 : 1 matrix with "item 0 vs item 3" entered the wrong way round,
    // 1/8 instead of 8. The other five judgements still imply w_0 / w_3 = 2 x 2 x 2 = 8.
    PairwiseComparisonMatrix reversed =
        PairwiseComparisonMatrix.fromUpperTriangle(4, 2, 4, 1.0 / 8, 2, 4, 2);

    AhpResult result = reversed.analyze();

    assertThat(result.isConsistent()).isFalse();
    JudgementRevision revision = result.suggestedRevision().orElseThrow();
    assertThat(revision.row()).isZero();
    assertThat(revision.column()).isEqualTo(3);
    assertThat(revision.currentValue()).isEqualTo(1.0 / 8);
    assertThat(revision.impliedValue()).isCloseTo(8, within(1e-9));
    assertThat(revision.suggestedValue()).isEqualTo(8);
    assertThat(revision.consistencyRatioAfter()).isCloseTo(0, within(1e-12));
  }

  @Test
  void aSlightlyExaggeratedJudgementIsFoundToo() {
    // Same matrix with "item 1 vs item 2" at 9 instead of 2: CR just above 0.10.
    AhpResult result = PairwiseComparisonMatrix.fromUpperTriangle(4, 2, 4, 8, 9, 4, 2).analyze();

    assertThat(result.consistencyRatio()).isGreaterThan(0.10);
    JudgementRevision revision = result.suggestedRevision().orElseThrow();
    assertThat(revision.row()).isEqualTo(1);
    assertThat(revision.column()).isEqualTo(2);
    assertThat(revision.suggestedValue()).isEqualTo(2);
  }

  @Test
  void threeItemsWithAnIntransitiveJudgement() {
    // a01 = 2 and a02 = 4 imply a12 = 4 / 2 = 2, but 9 was entered: by hand, the only
    // revision that makes the matrix consistent is a12 = 2; a01 would need 4/9 and a02 18.
    AhpResult result = PairwiseComparisonMatrix.fromUpperTriangle(3, 2, 4, 9).analyze();

    assertThat(result.isConsistent()).isFalse();
    JudgementRevision revision = result.suggestedRevision().orElseThrow();
    assertThat(revision.row()).isEqualTo(1);
    assertThat(revision.column()).isEqualTo(2);
    assertThat(revision.impliedValue()).isCloseTo(2, within(1e-9));
    assertThat(revision.suggestedValue()).isEqualTo(2);
  }

  @Test
  void oneOrTwoItemsAreAlwaysConsistent() {
    AhpResult single = PairwiseComparisonMatrix.fromUpperTriangle(1).analyze();
    assertThat(single.weights()).containsExactly(1.0);
    assertThat(single.consistencyRatio()).isZero();

    // 3 : 1 gives weights 3/4 and 1/4.
    AhpResult pair = PairwiseComparisonMatrix.fromUpperTriangle(2, 3).analyze();
    assertThat(pair.weight(0)).isCloseTo(0.75, EXACT);
    assertThat(pair.weight(1)).isCloseTo(0.25, EXACT);
    assertThat(pair.consistencyRatio()).isZero();
    assertThat(pair.isConsistent()).isTrue();
  }

  @Test
  void aFullMatrixAndItsUpperTriangleAreTheSameMatrix() {
    PairwiseComparisonMatrix full =
        PairwiseComparisonMatrix.of(
            new double[][] {
              {1, 3, 5},
              {1.0 / 3, 1, 2},
              {1.0 / 5, 1.0 / 2, 1}
            });

    assertThat(full).isEqualTo(PairwiseComparisonMatrix.fromUpperTriangle(3, 3, 5, 2));
    assertThat(full.withJudgement(2, 0, 1.0 / 7).value(0, 2)).isEqualTo(7);
  }

  @Test
  void theMatrixCannotBeChangedFromOutside() {
    double[][] values = {{1, 3}, {1.0 / 3, 1}};
    PairwiseComparisonMatrix matrix = PairwiseComparisonMatrix.of(values);

    values[0][1] = 9;
    matrix.toArray()[0][1] = 9;

    assertThat(matrix.value(0, 1)).isEqualTo(3);
  }

  @Test
  void theNearestSaatyValueIsNearestByRatio() {
    // 2.4 is 1.20x from 2 and 1.25x from 3; 2.5 is 1.25x from 2 and 1.20x from 3.
    assertThat(SaatyScale.nearest(2.4)).isEqualTo(2);
    assertThat(SaatyScale.nearest(2.5)).isEqualTo(3);
    // The mirror of 2.5 goes to the mirror of 3: the scale is symmetric in ratios.
    assertThat(SaatyScale.nearest(0.4)).isEqualTo(1.0 / 3);
    assertThat(SaatyScale.nearest(40)).isEqualTo(9);
    assertThat(SaatyScale.nearest(0.01)).isEqualTo(1.0 / 9);
  }

  @Test
  void saatysRandomIndexTable() {
    assertThat(RandomIndex.of(1)).isZero();
    assertThat(RandomIndex.of(3)).isEqualTo(0.58);
    assertThat(RandomIndex.of(4)).isEqualTo(0.90);
    assertThat(RandomIndex.of(12)).isEqualTo(1.48);
    assertThat(RandomIndex.of(15)).isEqualTo(1.59);
  }
}
