package org.cairnpmo.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairnpmo.engine.schedule.Plans.fs;
import static org.cairnpmo.engine.schedule.Plans.jan;
import static org.cairnpmo.engine.schedule.Plans.task;

import java.util.List;
import org.junit.jupiter.api.Test;

/** T (4 days) started Monday and is half done; S (1 day) follows it; U (1 day) has no links. */
class ProgressTest {

  private final List<ScheduleTask> tasks =
      List.of(
          task("T", 4).withProgress(Progress.started(jan(5, 8), 50)),
          task("S", 1),
          task("U", 1),
          task("D", 1).withProgress(Progress.finished(jan(5, 8), jan(5, 17))));

  private Schedule schedule(java.time.LocalDateTime statusDate) {
    return Scheduler.schedule(
        ScheduleRequest.of(Plans.MONDAY, tasks, List.of(fs("T", "S"))).withStatusDate(statusDate));
  }

  @Test
  void without_a_status_date_the_rest_of_a_started_task_follows_its_actual_start() {
    Schedule schedule = schedule(null);
    assertThat(schedule.task("T").earlyStart()).isEqualTo(jan(5, 8));
    assertThat(schedule.task("T").earlyFinish()).isEqualTo(jan(8, 17));
    assertThat(schedule.task("S").earlyStart()).isEqualTo(jan(9, 8));
    assertThat(schedule.task("U").earlyStart()).isEqualTo(jan(5, 8));
  }

  @Test
  void remaining_work_is_scheduled_from_the_status_date() {
    Schedule schedule = schedule(jan(7, 17));
    assertThat(schedule.task("T").start()).isEqualTo(jan(5, 8));
    assertThat(schedule.task("T").earlyStart()).isEqualTo(jan(7, 17));
    assertThat(schedule.task("T").earlyFinish()).isEqualTo(jan(9, 17));
    assertThat(schedule.task("S").earlyStart()).isEqualTo(jan(12, 8));
    assertThat(schedule.task("U").earlyStart()).isEqualTo(jan(8, 8));
  }

  @Test
  void work_not_started_is_not_planned_before_the_status_date_whatever_its_constraint() {
    Schedule schedule =
        Scheduler.schedule(
            ScheduleRequest.of(
                    Plans.MONDAY,
                    List.of(task("M", 1).constrained(ConstraintType.MUST_START_ON, jan(5, 8))),
                    List.of())
                .withStatusDate(jan(7, 17)));
    assertThat(schedule.task("M").earlyStart()).isEqualTo(jan(8, 8));
    assertThat(schedule.conflicts())
        .extracting(Conflict::kind)
        .containsExactly(Conflict.Kind.CONSTRAINT);
  }

  @Test
  void a_finished_task_keeps_its_actual_dates_and_is_not_critical() {
    ScheduledTask done = schedule(jan(7, 17)).task("D");
    assertThat(done.start()).isEqualTo(jan(5, 8));
    assertThat(done.finish()).isEqualTo(jan(5, 17));
    assertThat(done.critical()).isFalse();
    // nothing of it remains: its early dates are the status date, as Primavera reports them
    assertThat(done.earlyStart()).isEqualTo(jan(7, 17));
    assertThat(done.earlyFinish()).isEqualTo(jan(7, 17));
    assertThat(schedule(null).task("D").earlyStart()).isEqualTo(jan(5, 8));
  }

  @Test
  void progress_must_be_a_percentage_with_an_actual_start_before_its_finish() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Progress(120, null, null))
        .isInstanceOf(InvalidScheduleException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Progress.finished(jan(6, 8), jan(5, 8)))
        .hasMessageContaining("before the actual start");
  }
}
