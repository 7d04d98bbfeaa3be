package org.cairnpmo.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cairnpmo.engine.schedule.Plans.jan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

  private final WorkingCalendar standard = WorkingCalendar.standard("Standard");

  @Test
  void work_ends_at_the_end_of_the_last_working_time_not_the_next_morning() {
    assertThat(standard.addWork(jan(5, 8), 480)).isEqualTo(jan(5, 17));
    assertThat(standard.addWork(jan(5, 8), 240)).isEqualTo(jan(5, 12));
    assertThat(standard.addWork(jan(5, 8), 270)).isEqualTo(jan(5, 13, 30));
  }

  @Test
  void work_skips_the_weekend() {
    assertThat(standard.addWork(jan(9, 13), 480)).isEqualTo(jan(12, 12));
    assertThat(standard.subtractWork(jan(12, 12), 480)).isEqualTo(jan(9, 13));
    assertThat(standard.workBetween(jan(9, 17), jan(12, 8))).isZero();
    assertThat(standard.workBetween(jan(5, 8), jan(12, 8))).isEqualTo(5 * 480);
    assertThat(standard.workBetween(jan(12, 8), jan(5, 8))).isEqualTo(-5 * 480);
  }

  @Test
  void a_start_moves_to_the_next_working_minute_and_a_finish_back_to_the_last() {
    assertThat(standard.nextWorkStart(jan(9, 17))).isEqualTo(jan(12, 8));
    assertThat(standard.nextWorkStart(jan(5, 12))).isEqualTo(jan(5, 13));
    assertThat(standard.nextWorkStart(jan(5, 9))).isEqualTo(jan(5, 9));
    assertThat(standard.previousWorkFinish(jan(12, 8))).isEqualTo(jan(9, 17));
    assertThat(standard.previousWorkFinish(jan(5, 12, 30))).isEqualTo(jan(5, 12));
  }

  @Test
  void an_organization_holiday_holds_in_a_derived_project_calendar() {
    WorkingCalendar organization =
        WorkingCalendar.standard("Org").derive("Org+").holiday(LocalDate.of(2026, 1, 6)).build();
    WorkingCalendar project = organization.derive("Project").build();
    assertThat(project.isWorkingDay(LocalDate.of(2026, 1, 6))).isFalse();
    assertThat(project.addWork(jan(5, 8), 960)).isEqualTo(jan(7, 17));
  }

  @Test
  void a_task_calendar_overrides_its_parent_for_its_own_days_and_exceptions() {
    WorkingCalendar project =
        WorkingCalendar.standard("Project").derive("P").holiday(LocalDate.of(2026, 1, 6)).build();
    WorkingCalendar task =
        project
            .derive("Night shift")
            .day(DayOfWeek.SATURDAY, WorkingTime.of(8, 12))
            .exception(LocalDate.of(2026, 1, 6), WorkingTime.of(10, 14))
            .build();
    assertThat(task.workOn(LocalDate.of(2026, 1, 6))).isEqualTo(240);
    assertThat(task.workOn(LocalDate.of(2026, 1, 10))).isEqualTo(240);
    assertThat(task.workOn(LocalDate.of(2026, 1, 11))).isZero();
    assertThat(task.workOn(LocalDate.of(2026, 1, 7))).isEqualTo(480);
    assertThat(task.workingTimes(LocalDate.of(2026, 1, 6))).containsExactly(WorkingTime.of(10, 14));
  }

  @Test
  void a_holiday_range_is_skipped_whole() {
    WorkingCalendar closed =
        WorkingCalendar.standard("S")
            .derive("Closed")
            .holidays(LocalDate.of(2026, 1, 6), LocalDate.of(2026, 1, 9))
            .build();
    assertThat(closed.addWork(jan(5, 8), 960)).isEqualTo(jan(12, 17));
  }

  @Test
  void a_calendar_that_runs_around_the_clock_counts_nights_and_weekends() {
    WorkingCalendar allDay = WorkingCalendar.allDay("24h");
    assertThat(allDay.addWork(jan(9, 20), 24 * 60)).isEqualTo(jan(10, 20));
    assertThat(allDay.workBetween(jan(9, 0), jan(12, 0))).isEqualTo(3 * 24 * 60);
  }

  @Test
  void a_calendar_without_a_stretch_of_time_has_no_work_in_it() {
    WorkingCalendar split = standard.without(jan(5, 10), jan(6, 14));
    assertThat(split.workingTimes(LocalDate.of(2026, 1, 5))).containsExactly(WorkingTime.of(8, 10));
    assertThat(split.workingTimes(LocalDate.of(2026, 1, 6)))
        .containsExactly(WorkingTime.of(14, 17));
    assertThat(split.workOn(LocalDate.of(2026, 1, 7))).isEqualTo(480);
    assertThat(split.addWork(jan(5, 8), 240)).isEqualTo(jan(6, 16));
  }

  @Test
  void a_calendar_without_working_time_is_reported_not_looped_over() {
    WorkingCalendar none = WorkingCalendar.builder("Never").build();
    assertThatThrownBy(() -> none.addWork(jan(5, 8), 60))
        .isInstanceOf(InvalidScheduleException.class)
        .hasMessageContaining("Never");
  }

  @Test
  void overlapping_working_times_are_refused() {
    assertThatThrownBy(
            () ->
                WorkingCalendar.builder("Bad")
                    .day(DayOfWeek.MONDAY, WorkingTime.of(8, 12), WorkingTime.of(11, 15)))
        .isInstanceOf(InvalidScheduleException.class)
        .hasMessageContaining("overlap");
  }
}
