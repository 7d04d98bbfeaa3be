package org.cairnpmo.engine.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class CancellationTest {

  /** A knapsack CP-SAT cannot close in seconds: 400 items, 20 correlated dimensions. */
  static SelectionProblem hard(long seed) {
    Random rnd = new Random(seed);
    int n = 400;
    int m = 20;
    List<Dimension> dims = new ArrayList<>();
    double[] totals = new double[m];
    List<Map<String, Double>> usage = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Map<String, Double> u = new HashMap<>();
      for (int d = 0; d < m; d++) {
        double w = 1 + rnd.nextInt(1000);
        u.put("d" + d, w);
        totals[d] += w;
      }
      usage.add(u);
    }
    for (int d = 0; d < m; d++) {
      dims.add(new Dimension("d" + d, Math.floor(totals[d] / 2)));
    }
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double sum = usage.get(i).values().stream().mapToDouble(Double::doubleValue).sum();
      candidates.add(new Candidate("p" + i, Math.round(sum / m) + rnd.nextInt(500), usage.get(i)));
    }
    return SelectionProblem.of(candidates, dims);
  }

  @Test
  void cancellationStopsTheSearchAndKeepsTheBestSelection() {
    SelectionProblem problem = hard(3);
    AtomicBoolean cancel = new AtomicBoolean();
    Thread canceller =
        new Thread(
            () -> {
              try {
                Thread.sleep(1500);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              cancel.set(true);
            });
    canceller.start();
    SelectionResult r =
        PortfolioSelector.solve(
            problem,
            SolveOptions.defaults()
                .withTimeLimit(Duration.ofSeconds(120))
                .withWorkers(2)
                .withCancellation(cancel::get));

    assertThat(r.cancelled()).isTrue();
    assertThat(r.solveTime()).isLessThan(Duration.ofSeconds(30));
    assertThat(r.status()).isEqualTo(SolveStatus.FEASIBLE);
    assertThat(Problems.feasible(problem, r.selectedIds())).isTrue();
    assertThat(r.gapPercent()).isPositive();
  }

  @Test
  void cancelledBeforeStartReturnsTheGreedySelection() {
    SelectionProblem problem = hard(4);
    SelectionResult r =
        PortfolioSelector.solve(
            problem, SolveOptions.defaults().withWorkers(2).withCancellation(() -> true));
    assertThat(r.cancelled()).isTrue();
    assertThat(r.method()).isEqualTo(SolveMethod.GREEDY);
    assertThat(Problems.feasible(problem, r.selectedIds())).isTrue();
  }

  @Test
  void timeLimitIsRespected() {
    SelectionResult r =
        PortfolioSelector.solve(
            hard(5), SolveOptions.defaults().withTimeLimit(Duration.ofSeconds(2)).withWorkers(2));
    assertThat(r.status()).isEqualTo(SolveStatus.FEASIBLE);
    assertThat(r.solveTime()).isLessThan(Duration.ofSeconds(6));
    assertThat(r.bestBound()).isGreaterThan(r.objectiveValue());
  }
}
