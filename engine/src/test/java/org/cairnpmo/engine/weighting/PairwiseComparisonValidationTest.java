package org.cairnpmo.engine.weighting;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PairwiseComparisonValidationTest {

  @Test
  void aMatrixMustBeSquare() {
    assertThatThrownBy(() -> PairwiseComparisonMatrix.of(new double[][] {{1, 2}, {0.5}}))
        .isInstanceOf(InvalidPairwiseComparisonException.class)
        .hasMessageContaining("must be square: row 1 has 1 values, expected 2");
  }

  @Test
  void anItemComparedWithItselfIsOne() {
    assertThatThrownBy(() -> PairwiseComparisonMatrix.of(new double[][] {{1, 2}, {0.5, 2}}))
        .isInstanceOf(InvalidPairwiseComparisonException.class)
        .hasMessageContaining("entry (1, 1)")
        .hasMessageContaining("must be 1");
  }

  @Test
  void judgementsStayOnSaatysScale() {
    assertThatThrownBy(() -> PairwiseComparisonMatrix.fromUpperTriangle(2, 10))
        .isInstanceOf(InvalidPairwiseComparisonException.class)
        .hasMessageContaining("entry (0, 1) = 10.0 is outside Saaty's scale");
    assertThatThrownBy(() -> PairwiseComparisonMatrix.fromUpperTriangle(2, 0))
        .isInstanceOf(InvalidPairwiseComparisonException.class);
    assertThatThrownBy(() -> PairwiseComparisonMatrix.fromUpperTriangle(2, Double.NaN))
        .isInstanceOf(InvalidPairwiseComparisonException.class);
    assertThatCode(() -> PairwiseComparisonMatrix.of(new double[][] {{1, 1.0 / 9}, {9, 1}}))
        .doesNotThrowAnyException();
  }

  @Test
  void mirroredJudgementsAreReciprocal() {
    assertThatThrownBy(() -> PairwiseComparisonMatrix.of(new double[][] {{1, 3}, {3, 1}}))
        .isInstanceOf(InvalidPairwiseComparisonException.class)
        .hasMessageContaining("entry (1, 0) = 3.0 must be the reciprocal of entry (0, 1) = 3.0");
    // 0.33 typed for 1/3 is not close enough: the weights would silently drift.
    assertThatThrownBy(() -> PairwiseComparisonMatrix.of(new double[][] {{1, 3}, {0.33, 1}}))
        .isInstanceOf(InvalidPairwiseComparisonException.class);
  }

  @Test
  void theUpperTriangleNeedsOneJudgementPerPair() {
    assertThatThrownBy(() -> PairwiseComparisonMatrix.fromUpperTriangle(3, 2, 3))
        .isInstanceOf(InvalidPairwiseComparisonException.class)
        .hasMessageContaining("3 items need 3 judgements above the diagonal, got 2");
  }

  @Test
  void atMostFifteenItemsBecauseTheRandomIndexEndsThere() {
    assertThatThrownBy(() -> PairwiseComparisonMatrix.of(new double[16][16]))
        .isInstanceOf(InvalidPairwiseComparisonException.class)
        .hasMessageContaining("1 to 15 items");
    assertThatThrownBy(() -> PairwiseComparisonMatrix.of(new double[0][0]))
        .isInstanceOf(InvalidPairwiseComparisonException.class);
    assertThatThrownBy(() -> RandomIndex.of(16))
        .isInstanceOf(InvalidPairwiseComparisonException.class);
  }

  @Test
  void anItemCannotBeRevisedAgainstItself() {
    assertThatThrownBy(
            () -> PairwiseComparisonMatrix.fromUpperTriangle(2, 3).withJudgement(1, 1, 2))
        .isInstanceOf(InvalidPairwiseComparisonException.class);
    assertThatThrownBy(
            () -> PairwiseComparisonMatrix.fromUpperTriangle(2, 3).withJudgement(0, 2, 2))
        .isInstanceOf(InvalidPairwiseComparisonException.class)
        .hasMessageContaining("not a cell of a 2 x 2 matrix");
  }
}
