package org.cairnpmo.engine.selection;

/**
 * Turns doubles into the integers CP-SAT needs.
 *
 * <p>Each row (the objective, or one dimension with its capacity) gets its own factor 10^d: the
 * smallest d in 0..9 that makes every number integral (so money with cents, or FTE with one
 * decimal, are scaled exactly). Only when no such d exists (values like 2/3) is the row
 * approximated, with about nine significant digits; the factor is also capped so that sums stay
 * below 10^15, well inside both {@code long} and the exact-integer range of {@code double}.
 * Approximated constraint rows round usage up and capacity down, so CP-SAT can never accept a
 * selection that breaks a real limit. Objective values reported to callers are always recomputed
 * from the original doubles.
 */
final class IntegerScaling {

  static final double SUM_LIMIT = 1e15;
  private static final int MAX_DECIMALS = 9;

  /** A factor and whether it represents the row exactly. */
  record Scale(double factor, boolean exact) {}

  private IntegerScaling() {}

  static Scale choose(double[] xs, double extra) {
    double sum = Math.abs(extra);
    double max = Math.abs(extra);
    for (double x : xs) {
      sum += Math.abs(x);
      max = Math.max(max, Math.abs(x));
    }
    if (sum == 0) {
      return new Scale(1, true);
    }
    for (int d = 0; d <= MAX_DECIMALS; d++) {
      double f = Math.pow(10, d);
      if (sum * f > SUM_LIMIT) {
        break;
      }
      if (integral(xs, f) && integral(new double[] {extra}, f)) {
        return new Scale(f, true);
      }
    }
    int digits = (int) Math.floor(Math.log10(SUM_LIMIT / sum));
    int wanted = (int) Math.ceil(Math.log10(1e9 / max));
    return new Scale(Math.pow(10, Math.min(digits, wanted)), false);
  }

  static long[] coefficients(double[] xs, Scale scale, boolean roundUp) {
    long[] out = new long[xs.length];
    for (int i = 0; i < xs.length; i++) {
      double y = xs[i] * scale.factor();
      out[i] = scale.exact() ? Math.round(y) : (long) (roundUp ? Math.ceil(y) : Math.rint(y));
    }
    return out;
  }

  static long capacity(double capacity, Scale scale) {
    double y = capacity * scale.factor();
    return scale.exact() ? Math.round(y) : (long) Math.floor(y);
  }

  private static boolean integral(double[] xs, double f) {
    for (double x : xs) {
      double y = x * f;
      if (Math.abs(y - Math.rint(y)) > 1e-9 * Math.max(1.0, Math.abs(y))) {
        return false;
      }
    }
    return true;
  }
}
