package org.cairnpmo.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairnpmo.engine.schedule.Plans.fs;
import static org.cairnpmo.engine.schedule.Plans.jan;
import static org.cairnpmo.engine.schedule.Plans.task;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The textbook network: A (3 days) before B (4) and C (2); B before D (5); C before E (3); D and E
 * before F (2). A–B–D–F is 14 days long; C and E have 4 days of total float.
 */
class CriticalPathTest {

  private static final long DAY = Span.MINUTES_PER_DAY;

  private final Schedule schedule =
      Scheduler.schedule(
          ScheduleRequest.of(
                  Plans.MONDAY,
                  List.of(
                      task("A", 3),
                      task("B", 4),
                      task("C", 2),
                      task("D", 5),
                      task("E", 3),
                      task("F", 2)),
                  List.of(
                      fs("A", "B"),
                      fs("A", "C"),
                      fs("B", "D"),
                      fs("C", "E"),
                      fs("D", "F"),
                      fs("E", "F")))
              .withNearCriticalMinutes(4 * DAY));

  @Test
  void the_longest_path_is_critical() {
    assertThat(schedule.criticalPath()).containsExactly("A", "B", "D", "F");
    assertThat(schedule.projectFinish()).isEqualTo(jan(22, 17));
  }

  @Test
  void early_and_late_dates_of_the_textbook() {
    ScheduledTask c = schedule.task("C");
    assertThat(c.earlyStart()).isEqualTo(jan(8, 8));
    assertThat(c.earlyFinish()).isEqualTo(jan(9, 17));
    assertThat(c.lateStart()).isEqualTo(jan(14, 8));
    assertThat(c.lateFinish()).isEqualTo(jan(15, 17));
    ScheduledTask d = schedule.task("D");
    assertThat(d.earlyStart()).isEqualTo(d.lateStart());
    assertThat(d.earlyStart()).isEqualTo(jan(14, 8));
  }

  @Test
  void total_and_free_float() {
    assertThat(schedule.task("C").totalFloat()).isEqualTo(4 * DAY);
    assertThat(schedule.task("C").freeFloat()).isZero();
    assertThat(schedule.task("E").totalFloat()).isEqualTo(4 * DAY);
    assertThat(schedule.task("E").freeFloat()).isEqualTo(4 * DAY);
    for (String id : List.of("A", "B", "D", "F")) {
      assertThat(schedule.task(id).totalFloat()).as(id).isZero();
      assertThat(schedule.task(id).freeFloat()).as(id).isZero();
    }
  }

  @Test
  void tasks_within_the_threshold_are_near_critical() {
    assertThat(schedule.nearCritical()).containsExactly("C", "E");
  }

  @Test
  void the_same_plan_gives_the_same_schedule() {
    Schedule again =
        Scheduler.schedule(
            ScheduleRequest.of(
                    Plans.MONDAY,
                    List.of(
                        task("A", 3),
                        task("B", 4),
                        task("C", 2),
                        task("D", 5),
                        task("E", 3),
                        task("F", 2)),
                    List.of(
                        fs("A", "B"),
                        fs("A", "C"),
                        fs("B", "D"),
                        fs("C", "E"),
                        fs("D", "F"),
                        fs("E", "F")))
                .withNearCriticalMinutes(4 * DAY));
    assertThat(again).isEqualTo(schedule);
  }
}
