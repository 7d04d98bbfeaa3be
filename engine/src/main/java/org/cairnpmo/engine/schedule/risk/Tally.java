package org.cairnpmo.engine.schedule.risk;

import java.util.List;

/**
 * What the iterations leave behind: each iteration's finish of the project and of each followed
 * task, written at the iteration's own place, and per thread whole-number sums (critical counts and
 * the sums behind each estimated task's correlation with the finish), which add up the same in any
 * order.
 */
final class Tally {

  private final CompiledPlan plan;
  private final int iterations;
  final long[] finishes;
  final long[][] targetFinishes;

  Tally(CompiledPlan plan, int iterations) {
    this.plan = plan;
    this.iterations = iterations;
    finishes = new long[iterations];
    targetFinishes = new long[plan.targets.length][iterations];
  }

  /** One thread's sums. */
  static final class Sums {
    final long[] critical;
    final long[] x;
    final long[] xx;
    final long[] xy;
    long y;
    long yy;

    Sums(int tasks, int estimated) {
      critical = new long[tasks];
      x = new long[estimated];
      xx = new long[estimated];
      xy = new long[estimated];
    }
  }

  Sums sums() {
    return new Sums(plan.size, plan.estimated.length);
  }

  void record(int k, CompiledPlan.Iteration iteration, Sums sums) {
    long finish = iteration.projectFinish;
    finishes[k] = finish;
    for (int t = 0; t < plan.targets.length; t++) {
      targetFinishes[t][k] = iteration.finish[plan.targets[t]];
    }
    for (int i = 0; i < plan.size; i++) {
      if (iteration.critical[i]) {
        sums.critical[i]++;
      }
    }
    // centred on the plan, so that the sums stay small and exact
    long y = finish - plan.deterministicFinish;
    sums.y += y;
    sums.yy += y * y;
    int[] estimated = plan.estimated;
    for (int j = 0; j < estimated.length; j++) {
      long x = iteration.sampled[estimated[j]];
      sums.x[j] += x;
      sums.xx[j] += x * x;
      sums.xy[j] += x * y;
    }
  }

  RiskResult result(List<Sums> parts) {
    Sums total = sums();
    for (Sums part : parts) {
      for (int i = 0; i < plan.size; i++) {
        total.critical[i] += part.critical[i];
      }
      for (int j = 0; j < plan.estimated.length; j++) {
        total.x[j] += part.x[j];
        total.xx[j] += part.xx[j];
        total.xy[j] += part.xy[j];
      }
      total.y += part.y;
      total.yy += part.yy;
    }
    double[] criticality = new double[plan.size];
    for (int i = 0; i < plan.size; i++) {
      criticality[i] = (double) total.critical[i] / iterations;
    }
    double[] correlation = new double[plan.estimated.length];
    double n = iterations;
    double varianceY = n * total.yy - (double) total.y * total.y;
    for (int j = 0; j < correlation.length; j++) {
      double varianceX = n * total.xx[j] - (double) total.x[j] * total.x[j];
      double covariance = n * total.xy[j] - (double) total.x[j] * total.y;
      correlation[j] =
          varianceX <= 0 || varianceY <= 0 ? 0 : covariance / Math.sqrt(varianceX * varianceY);
    }
    return new RiskResult(plan, iterations, finishes, targetFinishes, criticality, correlation);
  }
}
