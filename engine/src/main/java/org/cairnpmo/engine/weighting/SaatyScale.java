package org.cairnpmo.engine.weighting;

/** Saaty's fundamental scale 1–9 and its reciprocals: the values a person can be asked to pick. */
final class SaatyScale {

  static final double MIN = 1.0 / 9;
  static final double MAX = 9;

  private static final double[] VALUES = {
    1.0 / 9, 1.0 / 8, 1.0 / 7, 1.0 / 6, 1.0 / 5, 1.0 / 4, 1.0 / 3, 1.0 / 2, 1, 2, 3, 4, 5, 6, 7, 8,
    9
  };

  private SaatyScale() {}

  /**
   * The scale value nearest to {@code ratio} on a log scale (the lower one on a tie), because the
   * scale is about ratios: 1/3 is as far from 1 as 3 is.
   */
  static double nearest(double ratio) {
    double target = Math.log(ratio);
    double best = VALUES[0];
    double bestDistance = Double.POSITIVE_INFINITY;
    for (double value : VALUES) {
      double distance = Math.abs(Math.log(value) - target);
      if (distance < bestDistance) {
        best = value;
        bestDistance = distance;
      }
    }
    return best;
  }
}
