package org.cairnpmo.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cairnpmo.engine.schedule.Plans.fs;
import static org.cairnpmo.engine.schedule.Plans.jan;
import static org.cairnpmo.engine.schedule.Plans.schedule;
import static org.cairnpmo.engine.schedule.Plans.task;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Summary tasks, milestones, manual tasks, elapsed durations, cycles and bad input. */
class PlanStructureTest {

  @Test
  void a_summary_rolls_up_its_children_and_passes_its_links_to_them() {
    Schedule schedule =
        schedule(
            List.of(
                task("Y", 1),
                task("S", 0),
                task("A", 2).under("S"),
                task("B", 3).under("S"),
                task("X", 1)),
            List.of(fs("Y", "S"), fs("A", "B"), fs("S", "X")));
    assertThat(schedule.task("A").earlyStart()).isEqualTo(jan(6, 8));
    assertThat(schedule.task("S").summary()).isTrue();
    assertThat(schedule.task("S").earlyStart()).isEqualTo(jan(6, 8));
    assertThat(schedule.task("S").earlyFinish()).isEqualTo(jan(12, 17));
    assertThat(schedule.task("X").earlyStart()).isEqualTo(jan(13, 8));
    assertThat(schedule.criticalPath()).containsExactly("Y", "A", "B", "X");
  }

  @Test
  void ids_with_the_same_hash_are_told_apart() {
    // "Aa", "BB" and "C#" have the same String hash; "Ab" does not
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode()).isEqualTo("C#".hashCode());
    Schedule schedule =
        schedule(
            List.of(task("BB", 1), task("Ab", 1), task("Aa", 2), task("C#", 1)),
            List.of(fs("Aa", "BB"), fs("BB", "C#"), fs("Ab", "Aa")));
    assertThat(schedule.task("Ab").earlyStart()).isEqualTo(jan(5, 8));
    assertThat(schedule.task("Aa").earlyStart()).isEqualTo(jan(6, 8));
    assertThat(schedule.task("BB").earlyStart()).isEqualTo(jan(8, 8));
    assertThat(schedule.task("C#").earlyStart()).isEqualTo(jan(9, 8));
    assertThat(schedule.criticalPath()).containsExactly("Ab", "Aa", "BB", "C#");
  }

  @Test
  void a_milestone_after_a_task_sits_at_its_finish() {
    Schedule schedule =
        schedule(List.of(task("A", 2), ScheduleTask.milestone("M")), List.of(fs("A", "M")));
    assertThat(schedule.task("M").earlyStart()).isEqualTo(jan(6, 17));
    assertThat(schedule.task("M").earlyFinish()).isEqualTo(jan(6, 17));
  }

  @Test
  void a_manually_scheduled_task_keeps_its_dates_and_reports_the_link_it_breaks() {
    Schedule schedule =
        schedule(
            List.of(task("P", 2), task("M", 1).manual(jan(5, 8), jan(5, 17))),
            List.of(fs("P", "M")));
    assertThat(schedule.task("M").earlyStart()).isEqualTo(jan(5, 8));
    assertThat(schedule.task("M").earlyFinish()).isEqualTo(jan(5, 17));
    assertThat(schedule.conflicts())
        .extracting(Conflict::taskId, Conflict::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("M", Conflict.Kind.MANUAL_TASK));
  }

  @Test
  void a_split_task_resumes_after_its_interruption_and_finishes_that_much_later() {
    Schedule schedule =
        schedule(
            List.of(
                task("A", 3).interrupted(List.of(new Interruption(jan(5, 12), jan(7, 8)))),
                task("B", 1)),
            List.of(fs("A", "B")));
    assertThat(schedule.task("A").earlyStart()).isEqualTo(jan(5, 8));
    assertThat(schedule.task("A").earlyFinish()).isEqualTo(jan(9, 12));
    assertThat(schedule.task("B").earlyStart()).isEqualTo(jan(9, 13));
  }

  @Test
  void an_elapsed_duration_runs_through_the_weekend() {
    Schedule schedule =
        schedule(
            List.of(task("A", 4), ScheduleTask.of("E", Span.elapsedDays(3))),
            List.of(fs("A", "E")));
    assertThat(schedule.task("E").earlyStart()).isEqualTo(jan(9, 8));
    assertThat(schedule.task("E").earlyFinish()).isEqualTo(jan(12, 8));
  }

  @Test
  void a_cycle_is_reported_with_the_tasks_in_it() {
    assertThatThrownBy(
            () ->
                schedule(
                    List.of(task("Start", 1), task("A", 1), task("B", 1), task("C", 1)),
                    List.of(fs("Start", "A"), fs("A", "B"), fs("B", "C"), fs("C", "A"))))
        .isInstanceOfSatisfying(
            DependencyCycleException.class,
            e -> {
              assertThat(e.cycle()).containsExactlyInAnyOrder("A", "B", "C");
              assertThat(e.getMessage()).contains("cycle").contains("A").contains("C");
            });
  }

  @Test
  void a_task_linked_to_its_own_summary_is_a_cycle() {
    assertThatThrownBy(
            () ->
                schedule(
                    List.of(task("S", 0), task("A", 1).under("S"), task("B", 1).under("S")),
                    List.of(fs("A", "S"))))
        .isInstanceOf(DependencyCycleException.class);
  }

  @Test
  void bad_input_names_what_is_wrong() {
    assertThatThrownBy(() -> schedule(List.of(task("A", 1)), List.of(fs("A", "Z"))))
        .isInstanceOf(InvalidScheduleException.class)
        .hasMessageContaining("unknown task Z");
    assertThatThrownBy(() -> schedule(List.of(task("A", 1), task("A", 2)), List.of()))
        .hasMessageContaining("Two tasks have the id A");
    assertThatThrownBy(() -> schedule(List.of(task("A", 1)), List.of(fs("A", "A"))))
        .hasMessageContaining("linked to itself");
    assertThatThrownBy(() -> Span.working(-1)).isInstanceOf(InvalidScheduleException.class);
    assertThatThrownBy(() -> schedule(List.of(task("A", 1).onCalendar("Night")), List.of()))
        .hasMessageContaining("unknown calendar Night");
  }

  @Test
  void an_empty_plan_finishes_when_it_starts() {
    Schedule schedule = schedule(List.of(), List.of());
    assertThat(schedule.projectFinish()).isEqualTo(Plans.MONDAY);
    assertThat(schedule.criticalPath()).isEmpty();
  }
}
