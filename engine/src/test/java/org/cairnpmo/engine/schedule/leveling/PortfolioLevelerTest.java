package org.cairnpmo.engine.schedule.leveling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.cairnpmo.engine.schedule.InvalidScheduleException;
import org.cairnpmo.engine.schedule.Link;
import org.cairnpmo.engine.schedule.ScheduleRequest;
import org.cairnpmo.engine.schedule.ScheduleTask;
import org.cairnpmo.engine.schedule.Span;
import org.junit.jupiter.api.Test;

class PortfolioLevelerTest {

  /** Monday 5 January 2026, 08:00. */
  static final LocalDateTime MONDAY = LocalDateTime.of(2026, 1, 5, 8, 0);

  private static final long DAY = Span.MINUTES_PER_DAY;

  /** A plan of one 5-day task "build" for its resource "r", followed by a milestone "done". */
  private static LevelingRequest plan(LocalDateTime start, double units) {
    return new LevelingRequest(
        ScheduleRequest.of(
            start,
            List.of(ScheduleTask.of("build", Span.workingDays(5)), ScheduleTask.milestone("done")),
            List.of(Link.finishToStart("build", "done"))),
        List.of(new ResourceRequirement("build", "r", units)),
        List.of(new ResourceCapacity("r", 1)));
  }

  private static PortfolioProject project(String key, LevelingRequest plan, long maxDelayDays) {
    return new PortfolioProject(key, plan, Map.of("r", "ada"), true, maxDelayDays * DAY);
  }

  private static PortfolioLeveling level(List<PortfolioProject> projects) {
    return level(projects, null, null);
  }

  private static PortfolioLeveling level(
      List<PortfolioProject> projects, LocalDateTime from, LocalDateTime to) {
    return PortfolioLeveler.level(
        new PortfolioLevelingRequest(projects, List.of(new ResourceCapacity("ada", 1)), from, to),
        LevelingOptions.heuristic());
  }

  @Test
  void a_person_shared_by_two_projects_works_for_the_first_one_first() {
    PortfolioLeveling result =
        level(List.of(project("A", plan(MONDAY, 1), 20), project("B", plan(MONDAY, 1), 20)));

    assertThat(result.overAllocatedBefore())
        .containsExactly(
            new OverAllocation("ada", MONDAY, LocalDateTime.of(2026, 1, 9, 17, 0), 2, 1));
    assertThat(result.overAllocatedAfter()).isEmpty();
    ProjectLeveling a = result.projects().get(0);
    ProjectLeveling b = result.projects().get(1);
    assertThat(a.key()).isEqualTo("A");
    assertThat(a.delays()).isEmpty();
    assertThat(a.leveled().projectFinish()).isEqualTo(a.before().projectFinish());
    assertThat(b.delays())
        .extracting(TaskDelay::taskId, TaskDelay::delayMinutes)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("build", 5 * DAY),
            org.assertj.core.groups.Tuple.tuple("done", 5 * DAY));
    assertThat(b.leveled().task("done").finish()).isEqualTo(LocalDateTime.of(2026, 1, 16, 17, 0));
    assertThat(b.finishDelayMinutes()).isEqualTo(5 * DAY);
    assertThat(a.finishDelayMinutes()).isZero();
  }

  @Test
  void the_order_of_the_projects_decides_who_waits() {
    PortfolioLeveling result =
        level(List.of(project("B", plan(MONDAY, 1), 20), project("A", plan(MONDAY, 1), 20)));

    assertThat(result.projects().get(0).delays()).isEmpty();
    assertThat(result.projects().get(1).key()).isEqualTo("A");
    assertThat(result.projects().get(1).delays()).isNotEmpty();
  }

  @Test
  void a_project_that_may_not_move_keeps_its_dates_and_the_other_one_waits() {
    PortfolioProject fixed =
        new PortfolioProject("A", plan(MONDAY, 1), Map.of("r", "ada"), false, 0);
    PortfolioLeveling result = level(List.of(fixed, project("B", plan(MONDAY, 1), 20)));

    assertThat(result.projects().get(0).delays()).isEmpty();
    assertThat(result.projects().get(1).delays()).isNotEmpty();
    assertThat(result.overAllocatedAfter()).isEmpty();

    PortfolioProject frozenSecond =
        new PortfolioProject("B", plan(MONDAY, 1), Map.of("r", "ada"), false, 0);
    PortfolioLeveling reversed = level(List.of(project("A", plan(MONDAY, 1), 20), frozenSecond));
    assertThat(reversed.projects().get(0).delays()).isNotEmpty();
    assertThat(reversed.projects().get(1).delays()).isEmpty();
  }

  @Test
  void no_task_moves_further_than_its_project_allows() {
    PortfolioLeveling result =
        level(List.of(project("A", plan(MONDAY, 1), 20), project("B", plan(MONDAY, 1), 2)));

    ProjectLeveling b = result.projects().get(1);
    assertThat(b.delays()).isEmpty();
    assertThat(b.heldByLimit()).containsExactly("build", "done");
    assertThat(result.projects().get(0).delays()).isNotEmpty();
    assertThat(result.overAllocatedAfter()).isEmpty();

    PortfolioLeveling stuck =
        level(List.of(project("A", plan(MONDAY, 1), 2), project("B", plan(MONDAY, 1), 2)));
    assertThat(stuck.projects()).allSatisfy(p -> assertThat(p.delays()).isEmpty());
    assertThat(stuck.overAllocatedAfter()).isEqualTo(stuck.overAllocatedBefore()).hasSize(1);
  }

  @Test
  void tasks_that_start_outside_the_period_stay_where_they_are() {
    PortfolioLeveling result =
        level(
            List.of(project("A", plan(MONDAY, 1), 20), project("B", plan(MONDAY, 1), 20)),
            MONDAY.plusWeeks(1),
            null);

    assertThat(result.projects()).allSatisfy(p -> assertThat(p.delays()).isEmpty());
    assertThat(result.overAllocatedAfter()).isEqualTo(result.overAllocatedBefore());
  }

  @Test
  void projects_that_do_not_overlap_do_not_move_and_half_time_work_fits_side_by_side() {
    PortfolioLeveling later =
        level(
            List.of(
                project("A", plan(MONDAY, 1), 20), project("B", plan(MONDAY.plusWeeks(1), 1), 20)));
    assertThat(later.overAllocatedBefore()).isEmpty();
    assertThat(later.projects()).allSatisfy(p -> assertThat(p.delays()).isEmpty());

    PortfolioLeveling halves =
        level(List.of(project("A", plan(MONDAY, 0.5), 20), project("B", plan(MONDAY, 0.5), 20)));
    assertThat(halves.overAllocatedBefore()).isEmpty();
    assertThat(halves.projects()).allSatisfy(p -> assertThat(p.delays()).isEmpty());
  }

  @Test
  void a_resource_that_no_person_stands_behind_is_not_levelled() {
    PortfolioProject unmapped =
        new PortfolioProject("B", plan(MONDAY, 1), Map.of(), true, DAY * 20);
    PortfolioLeveling result = level(List.of(project("A", plan(MONDAY, 1), 20), unmapped));

    assertThat(result.overAllocatedBefore()).isEmpty();
    assertThat(result.projects().get(1).delays()).isEmpty();
  }

  @Test
  void a_project_naming_a_person_without_capacity_or_two_projects_of_one_key_are_refused() {
    assertThatThrownBy(
            () ->
                new PortfolioLevelingRequest(
                    List.of(project("A", plan(MONDAY, 1), 1)), List.of(), null, null))
        .isInstanceOf(InvalidScheduleException.class)
        .hasMessageContaining("ada");
    assertThatThrownBy(
            () ->
                level(List.of(project("A", plan(MONDAY, 1), 1), project("A", plan(MONDAY, 1), 1))))
        .isInstanceOf(InvalidScheduleException.class)
        .hasMessageContaining("key A");
  }
}
