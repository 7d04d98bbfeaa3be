package org.cairnpmo.engine.weighting;

/**
 * Saaty's random index RI: the mean consistency index of random reciprocal matrices of a size,
 * which a consistency index is measured against.
 *
 * <p>Values for 1 to 15 items as Saaty tabulates them (Saaty, <i>Theory and Applications of the
 * Analytic Network Process</i>, 2005). Beyond 15 there is no agreed value, which is also why {@link
 * PairwiseComparisonMatrix} stops there.
 */
public final class RandomIndex {

  private static final double[] BY_SIZE = {
    0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59
  };

  /** The largest matrix the table covers. */
  public static final int MAX_SIZE = BY_SIZE.length;

  private RandomIndex() {}

  /** RI for {@code size} items; 0 for one or two, whose judgements cannot contradict each other. */
  public static double of(int size) {
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidPairwiseComparisonException(
          ("Saaty's random index is tabulated for 1 to %d items, not %d;"
                  + " split a larger set of criteria into a hierarchy")
              .formatted(MAX_SIZE, size));
    }
    return BY_SIZE[size - 1];
  }
}
