package org.cairnpmo.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairnpmo.engine.schedule.Plans.fs;
import static org.cairnpmo.engine.schedule.Plans.jan;
import static org.cairnpmo.engine.schedule.Plans.link;
import static org.cairnpmo.engine.schedule.Plans.schedule;
import static org.cairnpmo.engine.schedule.Plans.task;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A leveling delay holds a task back from where its links and constraints put it, in working time
 * on its calendar or in elapsed time, as MS Project's leveler records it. P (2 days) starts Monday
 * 5 January; its successor T takes 1 day.
 */
class LevelingDelayTest {

  private static final Span ONE_DAY = Span.workingDays(1);

  private static ScheduledTask successor(LinkType type, Span delay) {
    return schedule(
            List.of(task("P", 2), task("T", 1).delayedByLeveling(delay)),
            List.of(link("P", "T", type, Lag.NONE)))
        .task("T");
  }

  @Test
  void a_task_has_no_leveling_delay_unless_given_one() {
    assertThat(task("T", 1).levelingDelay()).isEqualTo(Span.ZERO);
    assertThat(successor(LinkType.FINISH_TO_START, null).earlyStart()).isEqualTo(jan(7, 8));
  }

  @Test
  void finish_to_start_the_delay_counts_from_the_predecessors_finish() {
    ScheduledTask t = successor(LinkType.FINISH_TO_START, ONE_DAY);
    assertThat(t.earlyStart()).isEqualTo(jan(8, 8));
    assertThat(t.earlyFinish()).isEqualTo(jan(8, 17));
  }

  @Test
  void start_to_start_the_delay_counts_from_the_predecessors_start() {
    ScheduledTask t = successor(LinkType.START_TO_START, ONE_DAY);
    assertThat(t.earlyStart()).isEqualTo(jan(6, 8));
    assertThat(t.earlyFinish()).isEqualTo(jan(6, 17));
  }

  @Test
  void finish_to_finish_the_delay_moves_the_start_the_link_gives() {
    ScheduledTask t = successor(LinkType.FINISH_TO_FINISH, ONE_DAY);
    assertThat(t.earlyStart()).isEqualTo(jan(7, 8));
    assertThat(t.earlyFinish()).isEqualTo(jan(7, 17));
  }

  @Test
  void start_to_finish_the_delay_moves_the_start_the_link_gives() {
    // Q (3 days) before P moves P's start to Thursday; T may finish then, so would start Wednesday.
    Schedule schedule =
        schedule(
            List.of(task("Q", 3), task("P", 2), task("T", 1).delayedByLeveling(ONE_DAY)),
            List.of(fs("Q", "P"), link("P", "T", LinkType.START_TO_FINISH, Lag.NONE)));
    assertThat(schedule.task("T").earlyStart()).isEqualTo(jan(8, 8));
    assertThat(schedule.task("T").earlyFinish()).isEqualTo(jan(8, 17));
  }

  @Test
  void an_elapsed_delay_moves_the_start_each_link_type_gives() {
    Span day = Span.elapsedDays(1);
    assertThat(successor(LinkType.FINISH_TO_START, day).earlyStart()).isEqualTo(jan(8, 8));
    assertThat(successor(LinkType.START_TO_START, day).earlyStart()).isEqualTo(jan(6, 8));
    assertThat(successor(LinkType.FINISH_TO_FINISH, day).earlyStart()).isEqualTo(jan(7, 8));
    Schedule startToFinish =
        schedule(
            List.of(task("Q", 3), task("P", 2), task("T", 1).delayedByLeveling(day)),
            List.of(fs("Q", "P"), link("P", "T", LinkType.START_TO_FINISH, Lag.NONE)));
    assertThat(startToFinish.task("T").earlyStart()).isEqualTo(jan(8, 8));
  }

  @Test
  void working_time_skips_nights_and_elapsed_time_does_not() {
    // 12 hours from Wednesday 08:00: 20:00 by the clock (so Thursday 08:00), 12:00 Thursday at work
    assertThat(successor(LinkType.FINISH_TO_START, Span.elapsed(12 * 60)).earlyStart())
        .isEqualTo(jan(8, 8));
    assertThat(successor(LinkType.FINISH_TO_START, Span.working(12 * 60)).earlyStart())
        .isEqualTo(jan(8, 13));
  }

  @Test
  void an_elapsed_delay_that_ends_in_a_weekend_starts_the_task_on_monday() {
    // 2 elapsed days from Wednesday 08:00 is Friday 08:00; 4 is Sunday 08:00, so Monday 08:00
    assertThat(successor(LinkType.FINISH_TO_START, Span.elapsedDays(2)).earlyStart())
        .isEqualTo(jan(9, 8));
    assertThat(successor(LinkType.FINISH_TO_START, Span.elapsedDays(4)).earlyStart())
        .isEqualTo(jan(12, 8));
  }

  @Test
  void the_delay_counts_from_a_start_no_earlier_than_date() {
    Schedule schedule =
        schedule(
            List.of(
                task("T", 1)
                    .constrained(ConstraintType.START_NO_EARLIER_THAN, jan(7, 8))
                    .delayedByLeveling(ONE_DAY)),
            List.of());
    assertThat(schedule.task("T").earlyStart()).isEqualTo(jan(8, 8));
  }

  @Test
  void a_predecessor_of_a_delayed_task_has_no_more_float_for_it() {
    // T's start follows P's finish plus the delay, so P is as critical as T.
    Schedule schedule =
        schedule(
            List.of(task("P", 2), task("T", 1).delayedByLeveling(Span.elapsedDays(2))),
            List.of(fs("P", "T")));
    ScheduledTask p = schedule.task("P");
    assertThat(p.lateFinish()).isEqualTo(jan(6, 17));
    assertThat(p.totalFloat()).isZero();
    assertThat(p.freeFloat()).isZero();
    assertThat(p.critical()).isTrue();
    assertThat(schedule.task("T").earlyStart()).isEqualTo(jan(9, 8));
    assertThat(schedule.task("T").totalFloat()).isZero();
  }

  @Test
  void a_start_to_start_predecessor_of_a_delayed_task_has_no_more_float_for_it() {
    // Without the delay T could start Monday with P; held back two days, it ends the plan.
    Schedule schedule =
        schedule(
            List.of(task("P", 1), task("T", 1).delayedByLeveling(Span.workingDays(2))),
            List.of(link("P", "T", LinkType.START_TO_START, Lag.NONE)));
    assertThat(schedule.task("T").earlyStart()).isEqualTo(jan(7, 8));
    assertThat(schedule.task("P").lateStart()).isEqualTo(jan(5, 8));
    assertThat(schedule.task("P").totalFloat()).isZero();
  }

  @Test
  void a_started_task_keeps_its_actual_start() {
    ScheduledTask t =
        schedule(
                List.of(
                    task("T", 1)
                        .withProgress(Progress.started(jan(5, 8), 50))
                        .delayedByLeveling(ONE_DAY)),
                List.of())
            .task("T");
    assertThat(t.earlyStart()).isEqualTo(jan(5, 8));
    assertThat(t.earlyFinish()).isEqualTo(jan(5, 17));
  }
}
