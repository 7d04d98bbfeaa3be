package org.cairnpmo.engine.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class CoreHeuristicTest {

  /** Random plain knapsacks (no groups, no prerequisites) small enough to enumerate. */
  private static SelectionProblem plain(Random rnd, int n) {
    SelectionProblem base = Problems.random(rnd, n);
    return new SelectionProblem(
        base.candidates(),
        base.dimensions(),
        base.mustInclude(),
        base.mustExclude(),
        List.of(),
        List.of());
  }

  @RepeatedTest(30)
  void geneticSearchStaysFeasibleAndBelowTheOptimum(RepetitionInfo info) {
    Random rnd = new Random(500 + info.getCurrentRepetition());
    SelectionProblem problem = plain(rnd, 8 + rnd.nextInt(9));
    IndexedProblem p = new IndexedProblem(problem);
    if (!Diagnosis.conflicts(p).isEmpty()) {
      return;
    }
    double optimum = Problems.bruteForce(problem);
    LpRelaxation.Solution lp = LpRelaxation.solve(p);
    long start = System.nanoTime();
    Incumbent incumbent = new Incumbent(p, ProgressListener.none(), start);
    // The heuristic improves a starting solution, as the selector gives it the greedy one.
    incumbent.offer(
        GreedySelector.select(p, lp.feasible() ? lp.prices() : null, start + 50_000_000L),
        SolveMethod.GREEDY);
    // A few dozen milliseconds already breed thousands of children on 8 to 16 candidates; what is
    // checked (feasible, never above the optimum, the fixed choices kept) holds at any length.
    CoreHeuristic.run(p, lp, incumbent, 2, start + 40_000_000L, () -> false, 1);

    boolean[] best = incumbent.best();
    assertThat(best).isNotNull();
    assertThat(p.isFeasible(best)).isTrue();
    assertThat(incumbent.value()).isLessThanOrEqualTo(optimum + 1e-9);
    for (String id : problem.mustInclude()) {
      assertThat(best[p.indexOf(id)]).isTrue();
    }
    for (String id : problem.mustExclude()) {
      assertThat(best[p.indexOf(id)]).isFalse();
    }
  }

  @Test
  void largeProblemsUseTheCoreSearchAndBeatGreedy() {
    SelectionProblem hard = CancellationTest.hard(11);
    Set<String> include = new HashSet<>(List.of("p1", "p2", "p3"));
    Set<String> exclude = new HashSet<>(List.of("p4", "p5"));
    SelectionProblem problem =
        new SelectionProblem(
            hard.candidates(), hard.dimensions(), include, exclude, List.of(), List.of());
    List<SolveMethod> reported = new ArrayList<>();
    SelectionResult r =
        PortfolioSelector.solve(
            problem,
            SolveOptions.defaults()
                .withTimeLimit(Duration.ofSeconds(3))
                .withWorkers(2)
                .withListener(progress -> reported.add(progress.method())));
    SelectionResult greedy = GreedySelector.solve(problem);

    assertThat(Problems.feasible(problem, r.selectedIds())).isTrue();
    assertThat(r.selectedIds()).containsAll(include).doesNotContainAnyElementsOf(exclude);
    assertThat(r.objectiveValue()).isGreaterThan(greedy.objectiveValue());
    assertThat(reported).contains(SolveMethod.CORE_GENETIC);
    assertThat(r.bestBound()).isLessThanOrEqualTo(LpRelaxation.solve(problem).value() + 1e-6);
  }

  @Test
  void sideRulesKeepTheExactPathOnly() {
    SelectionProblem withGroup =
        new SelectionProblem(
            List.of(Problems.candidate("a", 1, "b", 1), Problems.candidate("c", 2, "b", 1)),
            List.of(new Dimension("b", 1)),
            Set.of(),
            Set.of(),
            List.of(new ExclusiveGroup("g", Set.of("a", "c"))),
            List.of());
    assertThat(CoreHeuristic.applies(new IndexedProblem(withGroup))).isFalse();
  }
}
