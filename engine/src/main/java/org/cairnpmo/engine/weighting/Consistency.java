package org.cairnpmo.engine.weighting;

/**
 * Weights and Saaty's consistency measures of a positive reciprocal matrix: CI = (λmax − n) / (n −
 * 1) and CR = CI / RI. Internal, so the array is not copied.
 *
 * <p>With one or two items CI and CR are 0 by definition (two judgements that are reciprocal cannot
 * contradict each other). CI is clamped at 0 because λmax ≥ n holds exactly, and rounding must not
 * turn a perfectly consistent matrix into a negative index.
 */
record Consistency(
    double[] weights, double lambdaMax, double index, double randomIndex, double ratio) {

  static Consistency of(double[][] matrix) {
    int n = matrix.length;
    PrincipalEigenvector eigen = PrincipalEigenvector.of(matrix);
    double randomIndex = RandomIndex.of(n);
    if (n <= 2) {
      return new Consistency(eigen.vector(), eigen.value(), 0, randomIndex, 0);
    }
    double index = Math.max(0, (eigen.value() - n) / (n - 1));
    return new Consistency(eigen.vector(), eigen.value(), index, randomIndex, index / randomIndex);
  }
}
