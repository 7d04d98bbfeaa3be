package org.cairnpmo.engine.schedule.leveling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.cairnpmo.engine.schedule.InvalidScheduleException;
import org.cairnpmo.engine.schedule.Lag;
import org.cairnpmo.engine.schedule.Link;
import org.cairnpmo.engine.schedule.LinkType;
import org.cairnpmo.engine.schedule.Progress;
import org.cairnpmo.engine.schedule.ScheduleRequest;
import org.cairnpmo.engine.schedule.ScheduleTask;
import org.cairnpmo.engine.schedule.Span;
import org.junit.jupiter.api.Test;

class ResourceLevelerTest {

  /** Monday 5 January 2026, 08:00. */
  static final LocalDateTime MONDAY = LocalDateTime.of(2026, 1, 5, 8, 0);

  private static ScheduleTask task(String id, double days) {
    return ScheduleTask.of(id, Span.workingDays(days));
  }

  private static ResourceRequirement needs(String task, String resource, double units) {
    return new ResourceRequirement(task, resource, units);
  }

  private static LeveledPlan level(
      List<ScheduleTask> tasks, List<Link> links, List<ResourceRequirement> needs, double dev) {
    return level(new LevelingRequest(ScheduleRequest.of(MONDAY, tasks, links), needs, devs(dev)));
  }

  private static LeveledPlan level(LevelingRequest request) {
    return ResourceLeveler.level(request, LevelingOptions.heuristic());
  }

  private static List<ResourceCapacity> devs(double units) {
    return List.of(new ResourceCapacity("dev", units));
  }

  @Test
  void two_tasks_for_one_developer_run_one_after_the_other() {
    LeveledPlan plan =
        level(
            List.of(task("A", 2), task("B", 2)),
            List.of(),
            List.of(needs("A", "dev", 1), needs("B", "dev", 1)),
            1);

    assertThat(plan.overAllocatedBefore())
        .containsExactly(
            new OverAllocation("dev", MONDAY, LocalDateTime.of(2026, 1, 6, 17, 0), 2, 1));
    assertThat(plan.overAllocatedAfter()).isEmpty();
    assertThat(plan.leveled().projectFinish()).isEqualTo(LocalDateTime.of(2026, 1, 8, 17, 0));
    assertThat(plan.delays()).hasSize(1);
    TaskDelay delay = plan.delays().get(0);
    assertThat(delay.delayMinutes()).isEqualTo(2 * Span.MINUTES_PER_DAY);
    assertThat(delay.startAfter()).isEqualTo(LocalDateTime.of(2026, 1, 7, 8, 0));
    assertThat(plan.unitMinutes()).isEqualTo(2 * Span.MINUTES_PER_DAY);
    assertThat(plan.before().projectFinish()).isEqualTo(LocalDateTime.of(2026, 1, 6, 17, 0));
  }

  @Test
  void the_over_allocations_of_a_plan_are_those_leveling_finds_before() {
    LevelingRequest request =
        new LevelingRequest(
            ScheduleRequest.of(MONDAY, List.of(task("A", 2), task("B", 3)), null),
            List.of(needs("A", "dev", 1), needs("B", "dev", 1)),
            devs(1));

    assertThat(ResourceLeveler.overAllocations(request))
        .containsExactly(
            new OverAllocation("dev", MONDAY, LocalDateTime.of(2026, 1, 6, 17, 0), 2, 1))
        .isEqualTo(level(request).overAllocatedBefore());
  }

  @Test
  void tasks_apart_share_a_resource_without_over_allocating_it() {
    LevelingRequest request =
        new LevelingRequest(
            ScheduleRequest.of(
                MONDAY, List.of(task("A", 2), task("B", 2)), List.of(Link.finishToStart("A", "B"))),
            List.of(needs("A", "dev", 1), needs("B", "dev", 1)),
            devs(1));

    assertThat(ResourceLeveler.overAllocations(request)).isEmpty();
  }

  @Test
  void the_task_of_higher_priority_keeps_its_dates() {
    ScheduleRequest plan = ScheduleRequest.of(MONDAY, List.of(task("A", 1), task("B", 3)), null);
    List<ResourceRequirement> needs = List.of(needs("A", "dev", 1), needs("B", "dev", 1));
    LeveledPlan aFirst = level(new LevelingRequest(plan, needs, devs(1), Map.of("A", 800)));
    LeveledPlan bFirst = level(new LevelingRequest(plan, needs, devs(1), Map.of("B", 800)));

    assertThat(aFirst.delays()).extracting(TaskDelay::taskId).containsExactly("B");
    assertThat(bFirst.delays()).extracting(TaskDelay::taskId).containsExactly("A");
  }

  @Test
  void half_time_work_shares_a_developer() {
    LeveledPlan plan =
        level(
            List.of(task("A", 2), task("B", 2), task("C", 2)),
            List.of(),
            List.of(needs("A", "dev", 0.5), needs("B", "dev", 0.5), needs("C", "dev", 0.5)),
            1);
    assertThat(plan.delays()).hasSize(1);
    assertThat(plan.overAllocatedBefore().get(0).load()).isEqualTo(1.5);
    assertThat(plan.overAllocatedAfter()).isEmpty();
  }

  @Test
  void links_of_every_kind_are_kept_and_no_conflict_is_made() {
    List<ScheduleTask> tasks = List.of(task("A", 3), task("B", 2), task("C", 2), task("D", 1));
    List<Link> links =
        List.of(
            new Link("A", "B", LinkType.START_TO_START, Lag.workingDays(1)),
            new Link("A", "C", LinkType.FINISH_TO_FINISH, Lag.NONE),
            new Link("B", "D", LinkType.FINISH_TO_START, Lag.workingDays(-1)));
    LeveledPlan plan =
        level(
            tasks,
            links,
            List.of(needs("A", "dev", 1), needs("B", "dev", 1), needs("C", "dev", 1)),
            2);

    assertThat(plan.overAllocatedAfter()).isEmpty();
    assertThat(plan.leveled().conflicts()).isEmpty();
    var a = plan.leveled().task("A");
    var b = plan.leveled().task("B");
    assertThat(b.start()).isAfterOrEqualTo(a.start().plusDays(1));
    assertThat(plan.leveled().task("C").finish()).isAfterOrEqualTo(a.finish());
  }

  @Test
  void a_manually_scheduled_or_started_task_never_moves() {
    LocalDateTime tuesday = MONDAY.plusDays(1);
    List<ScheduleTask> tasks =
        List.of(
            task("free", 2),
            task("manual", 1).manual(tuesday, null),
            task("started", 1).withProgress(Progress.started(MONDAY, 10)));
    LeveledPlan plan =
        level(
            tasks,
            List.of(),
            List.of(needs("free", "dev", 1), needs("manual", "dev", 1), needs("started", "dev", 1)),
            1);

    assertThat(plan.leveled().task("manual").start()).isEqualTo(tuesday);
    assertThat(plan.leveled().task("started").start()).isEqualTo(MONDAY);
    assertThat(plan.leveled().task("free").start()).isEqualTo(MONDAY.plusDays(2));
    assertThat(plan.overAllocatedAfter()).isEmpty();
  }

  @Test
  void a_link_from_a_summary_waits_for_every_task_under_it() {
    List<ScheduleTask> tasks =
        List.of(task("S", 0), task("X", 1).under("S"), task("Y", 1).under("S"), task("Z", 1));
    LeveledPlan plan =
        level(
            tasks,
            List.of(Link.finishToStart("S", "Z")),
            List.of(needs("X", "dev", 1), needs("Y", "dev", 1)),
            1);
    assertThat(plan.leveled().task("Z").start()).isEqualTo(MONDAY.plusDays(2));
    assertThat(plan.leveled().conflicts()).isEmpty();
  }

  @Test
  void a_task_that_needs_more_than_there_is_is_reported_and_levelling_ends() {
    LeveledPlan plan =
        level(
            List.of(task("big", 1), task("small", 1)),
            List.of(),
            List.of(needs("big", "dev", 3), needs("small", "dev", 1)),
            2);
    assertThat(plan.overDemanding()).containsExactly("big");
    assertThat(plan.overAllocatedAfter()).extracting(OverAllocation::load).containsExactly(3.0);
  }

  @Test
  void a_deadline_makes_its_task_go_first() {
    LeveledPlan plan =
        level(
            List.of(task("A", 2), task("B", 2).withDeadline(MONDAY.plusDays(1).withHour(17))),
            List.of(),
            List.of(needs("A", "dev", 1), needs("B", "dev", 1)),
            1);
    assertThat(plan.leveled().conflicts()).isEmpty();
    assertThat(plan.solution().missedDeadlines()).isEmpty();
    assertThat(plan.delays()).extracting(TaskDelay::taskId).containsExactly("A");
  }

  @Test
  void optimizing_proves_the_levelled_finish() {
    LeveledPlan plan =
        ResourceLeveler.level(
            new LevelingRequest(
                ScheduleRequest.of(MONDAY, List.of(task("A", 1), task("B", 1), task("C", 1)), null),
                List.of(needs("A", "dev", 2), needs("B", "dev", 2), needs("C", "dev", 2)),
                devs(3)),
            LevelingOptions.optimize(Duration.ofSeconds(2)));
    assertThat(plan.solution().optimal()).isTrue();
    assertThat(plan.leveled().projectFinish()).isEqualTo(LocalDateTime.of(2026, 1, 7, 17, 0));
  }

  @Test
  void requirements_must_name_a_resource_with_a_capacity_and_a_task_that_is_not_a_summary() {
    ScheduleRequest plan =
        ScheduleRequest.of(MONDAY, List.of(task("S", 0), task("X", 1).under("S")), null);
    assertThatThrownBy(
            () -> level(new LevelingRequest(plan, List.of(needs("X", "tester", 1)), devs(1))))
        .isInstanceOf(InvalidScheduleException.class)
        .hasMessageContaining("tester");
    assertThatThrownBy(
            () -> level(new LevelingRequest(plan, List.of(needs("S", "dev", 1)), devs(1))))
        .isInstanceOf(InvalidScheduleException.class)
        .hasMessageContaining("summary");
    assertThatThrownBy(
            () -> level(new LevelingRequest(plan, List.of(needs("Q", "dev", 1)), devs(1))))
        .isInstanceOf(InvalidScheduleException.class)
        .hasMessageContaining("unknown task");
  }

  @Test
  void a_plan_without_tasks_or_requirements_comes_back_as_it_was() {
    LeveledPlan empty = level(List.of(), List.of(), List.of(), 1);
    assertThat(empty.leveled().tasks()).isEmpty();
    LeveledPlan unloaded = level(List.of(task("A", 2), task("B", 1)), List.of(), List.of(), 1);
    assertThat(unloaded.delays()).isEmpty();
    assertThat(unloaded.leveled()).isEqualTo(unloaded.before());
  }
}
