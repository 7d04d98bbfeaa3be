package org.cairnpmo.engine.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairnpmo.engine.selection.Problems.candidate;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InfeasibilityTest {

  private static final SolveOptions OPTIONS =
      SolveOptions.defaults().withTimeLimit(Duration.ofSeconds(5)).withWorkers(1);

  private static final List<Candidate> CANDIDATES =
      List.of(
          candidate("A", 10, "budget", 6),
          candidate("B", 7, "budget", 5),
          candidate("C", 6, "budget", 5),
          candidate("D", 1, "budget", 1));

  private static final List<Dimension> BUDGET = List.of(new Dimension("budget", 10));

  private static SelectionResult solve(
      Set<String> include,
      Set<String> exclude,
      List<ExclusiveGroup> groups,
      List<Prerequisite> prerequisites) {
    return PortfolioSelector.solve(
        new SelectionProblem(CANDIDATES, BUDGET, include, exclude, groups, prerequisites), OPTIONS);
  }

  @Test
  void mustIncludesExceedingCapacity() {
    SelectionResult r = solve(Set.of("A", "B"), Set.of(), List.of(), List.of());
    assertThat(r.status()).isEqualTo(SolveStatus.INFEASIBLE);
    assertThat(r.method()).isEqualTo(SolveMethod.DIAGNOSIS);
    assertThat(r.selectedIds()).isEmpty();
    assertThat(r.conflicts()).hasSize(1);
    Conflict c = r.conflicts().get(0);
    assertThat(c.kind()).isEqualTo(Conflict.Kind.CAPACITY);
    assertThat(c.candidateIds()).containsExactlyInAnyOrder("A", "B");
    assertThat(c.message()).contains("need 11", "\"budget\"", "capacity is 10", "A 6", "B 5");
    assertThat(r.usage().get(0).used()).isEqualTo(11);
  }

  @Test
  void prerequisitesCountTowardsTheMandatoryUse() {
    SelectionResult r =
        solve(Set.of("A"), Set.of(), List.of(), List.of(new Prerequisite("A", "B")));
    assertThat(r.status()).isEqualTo(SolveStatus.INFEASIBLE);
    assertThat(r.conflicts()).extracting(Conflict::kind).containsExactly(Conflict.Kind.CAPACITY);
  }

  @Test
  void bothIncludedAndExcluded() {
    SelectionResult r = solve(Set.of("D"), Set.of("D"), List.of(), List.of());
    assertThat(r.status()).isEqualTo(SolveStatus.INFEASIBLE);
    assertThat(r.conflicts())
        .extracting(Conflict::kind)
        .containsExactly(Conflict.Kind.INCLUDED_AND_EXCLUDED);
  }

  @Test
  void mustIncludeNeedsAnExcludedPrerequisiteThroughAChain() {
    SelectionResult r =
        solve(
            Set.of("D"),
            Set.of("B"),
            List.of(),
            List.of(new Prerequisite("D", "C"), new Prerequisite("C", "B")));
    assertThat(r.status()).isEqualTo(SolveStatus.INFEASIBLE);
    Conflict c = r.conflicts().get(0);
    assertThat(c.kind()).isEqualTo(Conflict.Kind.PREREQUISITE_EXCLUDED);
    assertThat(c.candidateIds()).containsExactly("D", "C", "B");
    assertThat(c.message()).contains("D needs C needs B", "B is must-exclude");
  }

  @Test
  void twoMustIncludesInOneExclusiveGroup() {
    SelectionResult r =
        solve(
            Set.of("C", "D"),
            Set.of(),
            List.of(new ExclusiveGroup("platform", Set.of("C", "D"))),
            List.of());
    assertThat(r.status()).isEqualTo(SolveStatus.INFEASIBLE);
    Conflict c = r.conflicts().get(0);
    assertThat(c.kind()).isEqualTo(Conflict.Kind.EXCLUSIVE_GROUP);
    assertThat(c.candidateIds()).containsExactlyInAnyOrder("C", "D");
    assertThat(c.message()).contains("\"platform\"");
  }

  @Test
  void exclusiveGroupBrokenThroughAPrerequisite() {
    SelectionResult r =
        solve(
            Set.of("D"),
            Set.of(),
            List.of(new ExclusiveGroup("platform", Set.of("C", "D"))),
            List.of(new Prerequisite("D", "C")));
    assertThat(r.conflicts()).hasSize(1);
    assertThat(r.conflicts().get(0).message()).contains("C (prerequisite of must-include D)");
  }

  @Test
  void greedyReportsTheSameConflicts() {
    SelectionResult r =
        GreedySelector.solve(
            new SelectionProblem(
                CANDIDATES, BUDGET, Set.of("A", "B"), Set.of(), List.of(), List.of()));
    assertThat(r.status()).isEqualTo(SolveStatus.INFEASIBLE);
    assertThat(r.conflicts()).extracting(Conflict::kind).containsExactly(Conflict.Kind.CAPACITY);
  }

  @Test
  void zeroCapacityIsFeasibleWithNothingSelected() {
    SelectionResult r =
        PortfolioSelector.solve(
            SelectionProblem.of(CANDIDATES, List.of(new Dimension("budget", 0))), OPTIONS);
    assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
    assertThat(r.selectedIds()).isEmpty();
  }
}
