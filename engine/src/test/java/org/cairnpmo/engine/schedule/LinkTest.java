package org.cairnpmo.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairnpmo.engine.schedule.Plans.fs;
import static org.cairnpmo.engine.schedule.Plans.jan;
import static org.cairnpmo.engine.schedule.Plans.link;
import static org.cairnpmo.engine.schedule.Plans.schedule;
import static org.cairnpmo.engine.schedule.Plans.task;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A (2 days) starts Monday 08:00 and finishes Tuesday 17:00; B follows by each kind of link. */
class LinkTest {

  private ScheduledTask b(LinkType type, Lag lag, double bDays) {
    return schedule(List.of(task("A", 2), task("B", bDays)), List.of(link("A", "B", type, lag)))
        .task("B");
  }

  @Test
  void finish_to_start_starts_the_next_working_morning() {
    ScheduledTask b = b(LinkType.FINISH_TO_START, Lag.NONE, 3);
    assertThat(b.earlyStart()).isEqualTo(jan(7, 8));
    assertThat(b.earlyFinish()).isEqualTo(jan(9, 17));
  }

  @Test
  void a_working_lag_waits_in_working_time() {
    assertThat(b(LinkType.FINISH_TO_START, Lag.workingDays(1), 1).earlyStart())
        .isEqualTo(jan(8, 8));
  }

  @Test
  void a_negative_lag_overlaps_the_predecessor() {
    assertThat(b(LinkType.FINISH_TO_START, Lag.workingDays(-1), 1).earlyStart())
        .isEqualTo(jan(6, 8));
  }

  @Test
  void an_elapsed_lag_runs_through_the_weekend_and_a_working_one_does_not() {
    List<ScheduleTask> tasks = List.of(task("A", 4), task("B", 1));
    Schedule elapsed =
        schedule(
            tasks, List.of(link("A", "B", LinkType.FINISH_TO_START, Lag.elapsed(2 * 24 * 60))));
    Schedule working =
        schedule(tasks, List.of(link("A", "B", LinkType.FINISH_TO_START, Lag.workingDays(2))));
    assertThat(elapsed.task("B").earlyStart()).isEqualTo(jan(12, 8));
    assertThat(working.task("B").earlyStart()).isEqualTo(jan(13, 8));
  }

  @Test
  void a_percentage_lag_is_that_share_of_the_predecessors_duration() {
    assertThat(b(LinkType.FINISH_TO_START, Lag.percent(50), 1).earlyStart()).isEqualTo(jan(8, 8));
    // A lead may start a successor before the project, as in MS Project: only its link drives it.
    assertThat(b(LinkType.START_TO_START, Lag.percent(-50), 1).earlyStart()).isEqualTo(jan(2, 8));
    assertThat(b(LinkType.START_TO_START, Lag.percent(25), 1).earlyStart()).isEqualTo(jan(5, 13));
  }

  @Test
  void start_to_start_follows_the_predecessors_start_plus_lag() {
    assertThat(b(LinkType.START_TO_START, Lag.NONE, 1).earlyStart()).isEqualTo(jan(5, 8));
    assertThat(b(LinkType.START_TO_START, Lag.workingDays(1), 1).earlyStart()).isEqualTo(jan(6, 8));
  }

  @Test
  void finish_to_finish_ends_the_successor_with_the_predecessor_plus_lag() {
    ScheduledTask b = b(LinkType.FINISH_TO_FINISH, Lag.workingDays(1), 1);
    assertThat(b.earlyStart()).isEqualTo(jan(7, 8));
    assertThat(b.earlyFinish()).isEqualTo(jan(7, 17));
  }

  @Test
  void finish_to_finish_never_starts_the_successor_before_the_project() {
    ScheduledTask b = b(LinkType.FINISH_TO_FINISH, Lag.NONE, 3);
    assertThat(b.earlyStart()).isEqualTo(jan(5, 8));
    assertThat(b.earlyFinish()).isEqualTo(jan(7, 17));
  }

  @Test
  void start_to_finish_ends_the_successor_when_the_predecessor_starts_plus_lag() {
    List<ScheduleTask> tasks = List.of(task("X", 3), task("A", 2), task("B", 1));
    Schedule plain =
        schedule(tasks, List.of(fs("X", "A"), link("A", "B", LinkType.START_TO_FINISH, Lag.NONE)));
    Schedule lagged =
        schedule(
            tasks,
            List.of(fs("X", "A"), link("A", "B", LinkType.START_TO_FINISH, Lag.workingDays(1))));
    assertThat(plain.task("A").earlyStart()).isEqualTo(jan(8, 8));
    assertThat(plain.task("B").earlyStart()).isEqualTo(jan(7, 8));
    assertThat(plain.task("B").earlyFinish()).isEqualTo(jan(7, 17));
    assertThat(lagged.task("B").earlyFinish()).isEqualTo(jan(8, 17));
  }

  @Test
  void the_lag_is_counted_on_the_successors_calendar_or_under_primavera_the_predecessors() {
    WorkingCalendar standard = WorkingCalendar.standard("Standard");
    WorkingCalendar weekends =
        standard
            .derive("Seven days")
            .day(java.time.DayOfWeek.SATURDAY, WorkingTime.of(8, 12), WorkingTime.of(13, 17))
            .day(java.time.DayOfWeek.SUNDAY, WorkingTime.of(8, 12), WorkingTime.of(13, 17))
            .build();
    ScheduleRequest request =
        new ScheduleRequest(
            Plans.MONDAY,
            null,
            List.of(standard, weekends),
            "Standard",
            List.of(task("A", 5).onCalendar("Seven days"), task("B", 1)),
            List.of(link("A", "B", LinkType.FINISH_TO_START, Lag.workingDays(1))),
            0,
            Rules.MS_PROJECT);
    // A finishes Friday 17:00; a day of B's calendar later is Monday 17:00
    assertThat(Scheduler.schedule(request).task("B").earlyStart()).isEqualTo(jan(13, 8));
    // Primavera counts it on the predecessor's: Saturday, on which A's calendar works
    assertThat(Scheduler.schedule(request.withRules(Rules.PRIMAVERA)).task("B").earlyStart())
        .isEqualTo(jan(12, 8));
  }
}
