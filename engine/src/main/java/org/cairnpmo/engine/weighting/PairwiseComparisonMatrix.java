package org.cairnpmo.engine.weighting;

import java.util.Arrays;
import java.util.Optional;

/**
 * Pairwise judgements over n items on Saaty's scale: entry (i, j) says how much more important item
 * i is than item j, from 1/9 to 9, with 1 on the diagonal and (j, i) = 1 / (i, j).
 *
 * <p>Validated on construction so that every analysis starts from a true positive reciprocal
 * matrix; the weights and consistency ratio of anything else would mean nothing. Immutable.
 */
public final class PairwiseComparisonMatrix {

  /**
   * Tolerance for the diagonal, the scale bounds and reciprocity. Tight, because a judgement typed
   * as 0.33 instead of 1/3 changes the result; {@link #fromUpperTriangle} avoids the issue.
   */
  private static final double TOLERANCE = 1e-9;

  private final double[][] values;

  private PairwiseComparisonMatrix(double[][] values) {
    this.values = values;
  }

  /** A full matrix, rows first; checked for shape, scale, diagonal and reciprocity. */
  public static PairwiseComparisonMatrix of(double[][] values) {
    if (values == null) {
      throw new InvalidPairwiseComparisonException("the comparison matrix is missing");
    }
    int n = values.length;
    checkSize(n);
    double[][] copy = new double[n][];
    for (int i = 0; i < n; i++) {
      if (values[i] == null || values[i].length != n) {
        throw new InvalidPairwiseComparisonException(
            "the comparison matrix must be square: row %d has %d values, expected %d"
                .formatted(i, values[i] == null ? 0 : values[i].length, n));
      }
      copy[i] = values[i].clone();
    }
    for (int i = 0; i < n; i++) {
      checkDiagonal(copy, i);
      for (int j = i + 1; j < n; j++) {
        checkOnScale(copy, i, j);
        checkOnScale(copy, j, i);
        checkReciprocal(copy, i, j);
      }
    }
    return new PairwiseComparisonMatrix(copy);
  }

  /**
   * A matrix from the judgements above the diagonal, row by row — (0,1), (0,2), …, (1,2), … — the
   * form people fill in; the diagonal and the exact reciprocals are set here.
   */
  public static PairwiseComparisonMatrix fromUpperTriangle(int size, double... judgements) {
    checkSize(size);
    int expected = size * (size - 1) / 2;
    if (judgements == null || judgements.length != expected) {
      throw new InvalidPairwiseComparisonException(
          "%d items need %d judgements above the diagonal, got %d"
              .formatted(size, expected, judgements == null ? 0 : judgements.length));
    }
    double[][] matrix = new double[size][size];
    int next = 0;
    for (int i = 0; i < size; i++) {
      matrix[i][i] = 1;
      for (int j = i + 1; j < size; j++) {
        matrix[i][j] = judgements[next++];
        checkOnScale(matrix, i, j);
        matrix[j][i] = 1 / matrix[i][j];
      }
    }
    return new PairwiseComparisonMatrix(matrix);
  }

  /** The number of items compared. */
  public int size() {
    return values.length;
  }

  /** How much more important item {@code row} is judged than item {@code column}. */
  public double value(int row, int column) {
    return values[row][column];
  }

  /** A copy of the entries, rows first. */
  public double[][] toArray() {
    double[][] copy = new double[values.length][];
    for (int i = 0; i < values.length; i++) {
      copy[i] = values[i].clone();
    }
    return copy;
  }

  /**
   * This matrix with one judgement replaced (and its reciprocal), as a "what if" for a revision.
   */
  public PairwiseComparisonMatrix withJudgement(int row, int column, double value) {
    if (row < 0 || column < 0 || row >= size() || column >= size()) {
      throw new InvalidPairwiseComparisonException(
          "("
              + row
              + ", "
              + column
              + ") is not a cell of a "
              + size()
              + " x "
              + size()
              + " matrix");
    }
    if (row == column) {
      throw new InvalidPairwiseComparisonException(
          "an item is always equal to itself; (" + row + ", " + column + ") cannot be changed");
    }
    double[][] copy = toArray();
    copy[row][column] = value;
    checkOnScale(copy, row, column);
    copy[column][row] = 1 / value;
    return new PairwiseComparisonMatrix(copy);
  }

  /**
   * Priority weights, λmax, CI, RI and CR; when the judgements are not consistent enough, also the
   * single revision that improves them most.
   */
  public AhpResult analyze() {
    Consistency consistency = Consistency.of(values);
    Optional<JudgementRevision> revision =
        consistency.ratio() <= AhpResult.CONSISTENCY_THRESHOLD
            ? Optional.empty()
            : Optional.of(JudgementRevision.mostEffective(this));
    return new AhpResult(
        Arrays.stream(consistency.weights()).boxed().toList(),
        consistency.lambdaMax(),
        consistency.index(),
        consistency.randomIndex(),
        consistency.ratio(),
        revision);
  }

  double[][] entries() {
    return values;
  }

  private static void checkSize(int n) {
    if (n < 1 || n > RandomIndex.MAX_SIZE) {
      throw new InvalidPairwiseComparisonException(
          "AHP compares 1 to "
              + RandomIndex.MAX_SIZE
              + " items (the consistency check is tabulated only that far), not "
              + n
              + "; split a larger set of criteria into a hierarchy");
    }
  }

  private static void checkDiagonal(double[][] matrix, int i) {
    if (Math.abs(matrix[i][i] - 1) > TOLERANCE) {
      throw new InvalidPairwiseComparisonException(
          "entry (%d, %d) compares an item with itself and must be 1, was %s"
              .formatted(i, i, matrix[i][i]));
    }
  }

  private static void checkOnScale(double[][] matrix, int i, int j) {
    double value = matrix[i][j];
    if (!(value >= SaatyScale.MIN - TOLERANCE && value <= SaatyScale.MAX + TOLERANCE)) {
      throw new InvalidPairwiseComparisonException(
          "entry (" + i + ", " + j + ") = " + value + " is outside Saaty's scale from 1/9 to 9");
    }
  }

  private static void checkReciprocal(double[][] matrix, int i, int j) {
    if (Math.abs(matrix[i][j] * matrix[j][i] - 1) > TOLERANCE) {
      throw new InvalidPairwiseComparisonException(
          "entry (%d, %d) = %s must be the reciprocal of entry (%d, %d) = %s, that is %s"
              .formatted(j, i, matrix[j][i], i, j, matrix[i][j], 1 / matrix[i][j]));
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PairwiseComparisonMatrix that && Arrays.deepEquals(values, that.values);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(values);
  }

  @Override
  public String toString() {
    return "PairwiseComparisonMatrix" + Arrays.deepToString(values);
  }
}
