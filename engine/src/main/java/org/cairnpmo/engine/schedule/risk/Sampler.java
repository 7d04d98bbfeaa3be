package org.cairnpmo.engine.schedule.risk;

import java.util.SplittableRandom;

/**
 * Draws durations from an estimate: by the inverse of the triangular law, or beta by two gammas.
 */
final class Sampler {

  private final double low;
  private final double mode;
  private final double high;
  private final boolean pert;
  private final double split;
  private final Gamma alpha;
  private final Gamma beta;

  Sampler(Estimate estimate) {
    low = estimate.optimistic();
    mode = estimate.mostLikely();
    high = estimate.pessimistic();
    pert = estimate.distribution() == Distribution.PERT;
    split = (mode - low) / (high - low);
    alpha = pert ? new Gamma(1 + 4 * (mode - low) / (high - low)) : null;
    beta = pert ? new Gamma(1 + 4 * (high - mode) / (high - low)) : null;
  }

  /** One duration, in minutes. */
  double next(SplittableRandom random) {
    if (pert) {
      double x = alpha.next(random);
      double y = beta.next(random);
      return low + (high - low) * x / (x + y);
    }
    double u = random.nextDouble();
    return u < split
        ? low + Math.sqrt(u * (high - low) * (mode - low))
        : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
  }

  /** Marsaglia and Tsang's method for a gamma law of shape at least 1. */
  private static final class Gamma {
    private final double d;
    private final double c;

    Gamma(double shape) {
      d = shape - 1.0 / 3;
      c = 1 / Math.sqrt(9 * d);
    }

    double next(SplittableRandom random) {
      while (true) {
        double z = random.nextGaussian();
        double v = 1 + c * z;
        if (v <= 0) {
          continue;
        }
        v = v * v * v;
        double u = random.nextDouble();
        if (u < 1 - 0.0331 * z * z * z * z
            || Math.log(u) < 0.5 * z * z + d * (1 - v + Math.log(v))) {
          return d * v;
        }
      }
    }
  }
}
