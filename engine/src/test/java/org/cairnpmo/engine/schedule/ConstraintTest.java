package org.cairnpmo.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairnpmo.engine.schedule.Plans.fs;
import static org.cairnpmo.engine.schedule.Plans.jan;
import static org.cairnpmo.engine.schedule.Plans.schedule;
import static org.cairnpmo.engine.schedule.Plans.task;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** P (2 days) is followed by T (1 day), which its link alone would start Wednesday 08:00. */
class ConstraintTest {

  private Schedule constrained(ConstraintType type, LocalDateTime date) {
    return schedule(
        List.of(task("P", 2), task("T", 1).constrained(type, date), task("Q", 5)),
        List.of(fs("P", "T")));
  }

  @Test
  void start_no_earlier_than_holds_a_task_back_but_never_before_its_links() {
    assertThat(constrained(ConstraintType.START_NO_EARLIER_THAN, jan(8, 8)).task("T").earlyStart())
        .isEqualTo(jan(8, 8));
    assertThat(constrained(ConstraintType.START_NO_EARLIER_THAN, jan(6, 8)).task("T").earlyStart())
        .isEqualTo(jan(7, 8));
  }

  @Test
  void finish_no_earlier_than_holds_the_finish_back() {
    ScheduledTask t = constrained(ConstraintType.FINISH_NO_EARLIER_THAN, jan(9, 17)).task("T");
    assertThat(t.earlyStart()).isEqualTo(jan(9, 8));
    assertThat(t.earlyFinish()).isEqualTo(jan(9, 17));
  }

  @Test
  void start_no_later_than_met_by_the_links_is_no_conflict() {
    Schedule schedule = constrained(ConstraintType.START_NO_LATER_THAN, jan(8, 8));
    assertThat(schedule.task("T").earlyStart()).isEqualTo(jan(7, 8));
    assertThat(schedule.conflicts()).isEmpty();
    assertThat(schedule.task("T").lateStart()).isEqualTo(jan(8, 8));
  }

  @Test
  void start_no_later_than_broken_by_the_links_is_kept_and_reported_with_negative_float() {
    Schedule schedule = constrained(ConstraintType.START_NO_LATER_THAN, jan(6, 8));
    assertThat(schedule.task("T").earlyStart()).isEqualTo(jan(6, 8));
    assertThat(schedule.conflicts())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.taskId()).isEqualTo("T");
              assertThat(c.kind()).isEqualTo(Conflict.Kind.CONSTRAINT);
              assertThat(c.message()).contains("START_NO_LATER_THAN");
            });
    assertThat(schedule.task("P").totalFloat()).isEqualTo(-480);
    assertThat(schedule.task("P").critical()).isTrue();
  }

  @Test
  void finish_no_later_than_broken_by_the_links_is_reported() {
    Schedule schedule = constrained(ConstraintType.FINISH_NO_LATER_THAN, jan(6, 17));
    assertThat(schedule.task("T").earlyFinish()).isEqualTo(jan(6, 17));
    assertThat(schedule.conflictsOf("T")).hasSize(1);
    assertThat(constrained(ConstraintType.FINISH_NO_LATER_THAN, jan(9, 17)).conflicts()).isEmpty();
  }

  @Test
  void must_start_on_fixes_the_start() {
    Schedule met = constrained(ConstraintType.MUST_START_ON, jan(9, 8));
    assertThat(met.task("T").earlyStart()).isEqualTo(jan(9, 8));
    assertThat(met.task("T").lateStart()).isEqualTo(jan(9, 8));
    assertThat(met.conflicts()).isEmpty();
    Schedule broken = constrained(ConstraintType.MUST_START_ON, jan(6, 8));
    assertThat(broken.task("T").earlyStart()).isEqualTo(jan(6, 8));
    assertThat(broken.conflicts())
        .extracting(Conflict::kind)
        .containsExactly(Conflict.Kind.CONSTRAINT);
  }

  @Test
  void must_finish_on_fixes_the_finish() {
    Schedule met = constrained(ConstraintType.MUST_FINISH_ON, jan(9, 17));
    assertThat(met.task("T").earlyStart()).isEqualTo(jan(9, 8));
    assertThat(met.task("T").earlyFinish()).isEqualTo(jan(9, 17));
    assertThat(met.conflicts()).isEmpty();
    assertThat(constrained(ConstraintType.MUST_FINISH_ON, jan(6, 17)).conflicts()).hasSize(1);
  }

  @Test
  void as_late_as_possible_plans_the_task_at_its_late_dates() {
    ScheduledTask t = constrained(ConstraintType.AS_LATE_AS_POSSIBLE, null).task("T");
    assertThat(t.earlyStart()).isEqualTo(jan(7, 8));
    assertThat(t.start()).isEqualTo(jan(9, 8));
    assertThat(t.finish()).isEqualTo(jan(9, 17));
  }

  @Test
  void a_successor_of_an_as_late_as_possible_task_follows_its_planned_dates() {
    Schedule schedule =
        schedule(
            List.of(
                task("P", 1).constrained(ConstraintType.AS_LATE_AS_POSSIBLE, null),
                task("S", 1),
                task("Q", 5)),
            List.of(fs("P", "S")));
    assertThat(schedule.task("P").start()).isEqualTo(jan(8, 8));
    assertThat(schedule.task("S").earlyStart()).isEqualTo(jan(9, 8));
  }

  @Test
  void under_primavera_rules_an_alap_activity_is_only_delayed_by_its_free_float() {
    Schedule schedule =
        Scheduler.schedule(
            ScheduleRequest.of(
                    Plans.MONDAY,
                    List.of(
                        task("P", 1).constrained(ConstraintType.AS_LATE_AS_POSSIBLE, null),
                        task("S", 1),
                        task("Q", 5),
                        task("L", 1).constrained(ConstraintType.AS_LATE_AS_POSSIBLE, null)),
                    List.of(fs("P", "S")))
                .withRules(Rules.PRIMAVERA));
    assertThat(schedule.task("P").earlyStart()).isEqualTo(jan(5, 8));
    assertThat(schedule.task("S").earlyStart()).isEqualTo(jan(6, 8));
    // delayed by its free float, up to the project's finish
    assertThat(schedule.task("L").earlyStart()).isEqualTo(jan(9, 8));
    assertThat(schedule.task("L").start()).isEqualTo(jan(9, 8));
  }

  @Test
  void a_missed_deadline_is_a_conflict_and_negative_float_but_moves_nothing() {
    Schedule schedule =
        schedule(
            List.of(task("P", 2), task("T", 1).withDeadline(jan(6, 17)), task("Q", 5)),
            List.of(fs("P", "T")));
    assertThat(schedule.task("T").earlyStart()).isEqualTo(jan(7, 8));
    assertThat(schedule.conflicts())
        .extracting(Conflict::kind)
        .containsExactly(Conflict.Kind.DEADLINE);
    assertThat(schedule.task("T").totalFloat()).isEqualTo(-480);
  }

  @Test
  void a_constraint_without_a_date_is_refused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new Constraint(ConstraintType.MUST_START_ON, null))
        .isInstanceOf(InvalidScheduleException.class)
        .hasMessageContaining("needs a date");
  }
}
