package org.cairnpmo.engine.schedule.leveling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.cairnpmo.engine.schedule.InvalidScheduleException;
import org.cairnpmo.engine.schedule.LinkType;
import org.junit.jupiter.api.Test;

class RcpspSolverTest {

  private static final LevelingOptions HEURISTIC = LevelingOptions.heuristic();

  private static RcpspProblem.Builder oneResource(int capacity) {
    return RcpspProblem.builder(1).capacity(0, capacity);
  }

  @Test
  void finish_to_start_with_a_lag_waits_for_the_finish_and_the_lag() {
    RcpspProblem.Builder b = oneResource(5);
    int a = b.activity(4, 1);
    int c = b.activity(3, 1);
    b.link(a, c, LinkType.FINISH_TO_START, 2);
    RcpspSolution s = RcpspSolver.solve(b.build(), HEURISTIC);
    assertThat(s.start(c)).isEqualTo(6);
    assertThat(s.makespan()).isEqualTo(9);
  }

  @Test
  void start_to_start_follows_the_start_and_a_negative_lag_is_a_lead() {
    RcpspProblem.Builder b = oneResource(5);
    int first = b.activity(2, 1);
    int a = b.activity(4, 1);
    int c = b.activity(3, 1);
    b.link(first, a, LinkType.FINISH_TO_START, 0);
    b.link(a, c, LinkType.START_TO_START, 1);
    int d = b.activity(1, 1);
    b.link(a, d, LinkType.START_TO_START, -1);
    RcpspSolution s = RcpspSolver.solve(b.build(), HEURISTIC);
    assertThat(s.start(a)).isEqualTo(2);
    assertThat(s.start(c)).isEqualTo(3);
    assertThat(s.start(d)).isEqualTo(1);
  }

  @Test
  void finish_to_finish_and_start_to_finish_bind_the_successors_finish() {
    RcpspProblem.Builder b = oneResource(5);
    int a = b.activity(5, 1);
    int ff = b.activity(2, 1);
    int sf = b.activity(2, 1);
    b.link(a, ff, LinkType.FINISH_TO_FINISH, 1);
    b.link(a, sf, LinkType.START_TO_FINISH, 3);
    RcpspSolution s = RcpspSolver.solve(b.build(), HEURISTIC);
    assertThat(s.start(ff) + 2).isEqualTo(6);
    assertThat(s.start(sf) + 2).isEqualTo(3);
  }

  @Test
  void a_released_activity_starts_no_earlier_than_its_release() {
    RcpspProblem.Builder b = oneResource(1);
    int a = b.activity(3, 1);
    b.release(a, 7);
    assertThat(RcpspSolver.solve(b.build(), HEURISTIC).start(a)).isEqualTo(7);
  }

  @Test
  void a_fixed_activity_never_moves_and_the_others_go_around_it() {
    RcpspProblem.Builder b = oneResource(1);
    int free = b.activity(3, 1);
    int fixed = b.activity(2, 1);
    b.fix(fixed, 1);
    b.distance(fixed, free, -10);
    RcpspSolution s = RcpspSolver.solve(b.build(), HEURISTIC);
    assertThat(s.start(fixed)).isEqualTo(1);
    assertThat(s.start(free)).isEqualTo(3);
    RcpspSolution optimized = RcpspSolver.solve(b.build(), LevelingOptions.optimize(ofSeconds()));
    assertThat(optimized.start(fixed)).isEqualTo(1);
    assertThat(optimized.makespan()).isEqualTo(6);
  }

  @Test
  void where_fixed_work_already_fills_a_resource_nothing_else_is_placed() {
    RcpspProblem.Builder b = oneResource(1);
    int x = b.activity(4, 1);
    int y = b.activity(4, 1);
    b.fix(x, 0).fix(y, 2);
    int free = b.activity(1, 1);
    RcpspSolution s = RcpspSolver.solve(b.build(), HEURISTIC);
    assertThat(s.start(free)).isEqualTo(6);
  }

  @Test
  void the_higher_priority_gets_the_resource_first() {
    RcpspProblem.Builder b = oneResource(1);
    int low = b.activity(2, 1);
    int high = b.activity(5, 1);
    b.priority(low, 100).priority(high, 900);
    RcpspSolution s = RcpspSolver.solve(b.build(), HEURISTIC);
    assertThat(s.start(high)).isZero();
    assertThat(s.start(low)).isEqualTo(5);
  }

  @Test
  void an_activity_that_alone_needs_more_than_the_capacity_is_reported_and_runs_alone() {
    RcpspProblem.Builder b = oneResource(2);
    int big = b.activity(2, 5);
    int small = b.activity(2, 1);
    RcpspProblem problem = b.build();
    assertThat(problem.overDemanding()).containsExactly(big);
    RcpspSolution s = RcpspSolver.solve(problem, HEURISTIC);
    assertThat(Math.abs(s.start(big) - s.start(small))).isGreaterThanOrEqualTo(2);
  }

  @Test
  void a_missed_deadline_is_reported_not_enforced() {
    RcpspProblem.Builder b = oneResource(1);
    int a = b.activity(3, 1);
    int c = b.activity(3, 1);
    b.deadline(a, 3).deadline(c, 3);
    RcpspSolution s = RcpspSolver.solve(b.build(), HEURISTIC);
    assertThat(s.makespan()).isEqualTo(6);
    assertThat(s.missedDeadlines()).hasSize(1);
  }

  @Test
  void optimize_proves_the_optimum_of_a_small_problem_and_reports_no_gap() {
    RcpspProblem.Builder b = oneResource(3);
    for (int k = 0; k < 3; k++) {
      b.activity(1, 2);
    }
    RcpspSolution s = RcpspSolver.solve(b.build(), LevelingOptions.optimize(ofSeconds()));
    assertThat(s.makespan()).isEqualTo(3);
    assertThat(s.optimal()).isTrue();
    assertThat(s.lowerBound()).isEqualTo(3);
    assertThat(s.gap()).isZero();
    assertThat(s.criticalPathBound()).isEqualTo(1);
  }

  @Test
  void the_baseline_is_one_serial_pass_by_least_slack() {
    RcpspProblem.Builder b = oneResource(1);
    int a = b.activity(2, 1);
    int c = b.activity(2, 0);
    int d = b.activity(3, 1);
    b.link(a, c, LinkType.FINISH_TO_START, 0);
    RcpspSolution s = RcpspSolver.baseline(b.build());
    assertThat(s.schedules()).isEqualTo(1);
    assertThat(s.start(a)).isZero();
    assertThat(s.start(d)).isEqualTo(2);
  }

  @Test
  void the_same_seed_gives_the_same_schedule() {
    RcpspProblem problem = RandomProblems.generate(new java.util.Random(3), 30, 3);
    LevelingOptions options =
        LevelingOptions.heuristic().withSchedules(400).withTimeLimit(Duration.ofSeconds(30));
    assertThat(RcpspSolver.solve(problem, options).starts())
        .isEqualTo(RcpspSolver.solve(problem, options).starts());
  }

  @Test
  void a_cycle_of_distances_is_refused() {
    RcpspProblem.Builder b = oneResource(1);
    int a = b.activity(1, 1);
    int c = b.activity(1, 1);
    b.distance(a, c, 1).distance(c, a, 1);
    assertThatThrownBy(b::build).isInstanceOf(InvalidScheduleException.class);
  }

  private static Duration ofSeconds() {
    return Duration.ofSeconds(2);
  }
}
