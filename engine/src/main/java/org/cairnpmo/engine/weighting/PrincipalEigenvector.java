package org.cairnpmo.engine.weighting;

import java.util.Arrays;

/**
 * The principal (Perron) eigenvector, normalized to sum to 1, and its eigenvalue, of a non-negative
 * irreducible matrix with a positive diagonal.
 *
 * <p>Found by power iteration, which suits AHP: the matrices are small and positive, so it
 * converges geometrically from the uniform start, needs no linear-algebra library, and is
 * deterministic. Internal, so the array is not copied.
 */
record PrincipalEigenvector(double[] vector, double value) {

  private static final double TOLERANCE = 1e-14;
  private static final int MAX_ITERATIONS = 100_000;

  static PrincipalEigenvector of(double[][] matrix) {
    int n = matrix.length;
    double[] weights = new double[n];
    Arrays.fill(weights, 1.0 / n);
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double[] product = multiply(matrix, weights);
      double sum = sum(product);
      double change = 0;
      for (int i = 0; i < n; i++) {
        product[i] /= sum;
        change = Math.max(change, Math.abs(product[i] - weights[i]));
      }
      weights = product;
      if (change < TOLERANCE) {
        // With weights summing to 1, A·w = λ·w makes the sum of A·w equal to λ.
        return new PrincipalEigenvector(weights, sum(multiply(matrix, weights)));
      }
    }
    // Unreachable for the matrices built in this package (positive, or Harker's primitive ones).
    throw new IllegalStateException(
        "power iteration did not converge in " + MAX_ITERATIONS + " iterations");
  }

  private static double[] multiply(double[][] matrix, double[] vector) {
    double[] product = new double[vector.length];
    for (int i = 0; i < matrix.length; i++) {
      double sum = 0;
      for (int j = 0; j < vector.length; j++) {
        sum += matrix[i][j] * vector[j];
      }
      product[i] = sum;
    }
    return product;
  }

  private static double sum(double[] values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum;
  }
}
