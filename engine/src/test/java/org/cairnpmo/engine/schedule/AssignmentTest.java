package org.cairnpmo.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairnpmo.engine.schedule.Plans.fs;
import static org.cairnpmo.engine.schedule.Plans.jan;
import static org.cairnpmo.engine.schedule.Plans.task;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A task with resources is worked on their calendars, not on the task's own. */
class AssignmentTest {

  private final WorkingCalendar standard = WorkingCalendar.standard("Standard");
  private final WorkingCalendar nights =
      WorkingCalendar.builder("Nights")
          .weekdays(new WorkingTime(java.time.LocalTime.of(22, 0), java.time.LocalTime.MIDNIGHT))
          .build();
  private final WorkingCalendar mornings =
      standard
          .derive("Mornings")
          .weekdays(WorkingTime.of(8, 12))
          .nonWorking(DayOfWeek.FRIDAY)
          .build();

  private Schedule schedule(List<Assignment> assignments) {
    return Scheduler.schedule(
        new ScheduleRequest(
            Plans.MONDAY,
            null,
            List.of(standard, nights, mornings),
            "Standard",
            List.of(task("A", 1).withAssignments(assignments), task("B", 1)),
            List.of(fs("A", "B")),
            0,
            Rules.MS_PROJECT));
  }

  @Test
  void a_night_shift_resource_starts_and_finishes_at_night() {
    Schedule schedule = schedule(List.of(new Assignment("Nights", Span.working(120))));
    assertThat(schedule.task("A").earlyStart()).isEqualTo(jan(5, 22));
    assertThat(schedule.task("A").earlyFinish()).isEqualTo(jan(6, 0));
    assertThat(schedule.task("B").earlyStart()).isEqualTo(jan(6, 8));
  }

  @Test
  void the_task_starts_with_its_first_resource_and_finishes_with_its_last() {
    Schedule schedule =
        schedule(
            List.of(
                new Assignment("Mornings", Span.working(480)),
                new Assignment("Standard", Span.working(480))));
    assertThat(schedule.task("A").earlyStart()).isEqualTo(jan(5, 8));
    assertThat(schedule.task("A").earlyFinish()).isEqualTo(jan(6, 12));
    assertThat(schedule.task("B").earlyStart()).isEqualTo(jan(6, 13));
  }

  @Test
  void a_resource_with_a_delay_starts_that_much_after_the_task() {
    Schedule schedule =
        schedule(
            List.of(
                new Assignment("Standard", Span.working(480)),
                new Assignment("Standard", Span.working(480), Span.workingDays(2))));
    assertThat(schedule.task("A").earlyStart()).isEqualTo(jan(5, 8));
    assertThat(schedule.task("A").earlyFinish()).isEqualTo(jan(7, 17));
    assertThat(schedule.task("B").earlyStart()).isEqualTo(jan(8, 8));
  }

  @Test
  void an_elapsed_delay_runs_through_the_night() {
    // 16 hours after Monday 08:00 is Tuesday 00:00: the resource works Tuesday from 08:00
    Schedule schedule =
        schedule(
            List.of(
                new Assignment("Standard", Span.working(240)),
                new Assignment("Standard", Span.working(480), Span.elapsed(16 * 60))));
    assertThat(schedule.task("A").earlyFinish()).isEqualTo(jan(6, 17));
    assertThat(schedule.task("B").earlyStart()).isEqualTo(jan(7, 8));
  }

  @Test
  void a_resource_has_no_delay_unless_given_one() {
    assertThat(new Assignment("Standard", Span.working(60)).delay()).isEqualTo(Span.ZERO);
  }

  @Test
  void a_resource_on_an_unknown_calendar_is_refused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> schedule(List.of(new Assignment("Weekends", Span.working(60)))))
        .isInstanceOf(InvalidScheduleException.class)
        .hasMessageContaining("unknown calendar Weekends");
  }
}
