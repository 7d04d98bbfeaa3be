package org.cairnpmo.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The running total of working time answers exactly as the walk day by day does. */
class CalendarTimelineTest {

  @Test
  void everyOperationEqualsTheDayByDayWalkOnRandomCalendars() {
    SplittableRandom random = new SplittableRandom(7);
    for (int c = 0; c < 30; c++) {
      WorkingCalendar calendar = randomCalendar(random, c);
      LocalDateTime origin = LocalDateTime.of(2026, 1, 1, 0, 0);
      for (int q = 0; q < 400; q++) {
        LocalDateTime moment =
            origin.plusMinutes(random.nextLong(4L * 365 * 24 * 60) - 365L * 1440);
        long minutes = random.nextInt(10) == 0 ? 0 : random.nextLong(-200_000, 200_000);
        if (random.nextBoolean()) {
          minutes = minutes % 2000;
        }
        LocalDateTime other = moment.plusMinutes(random.nextLong(-3_000_000, 3_000_000));
        assertThat(calendar.addWork(moment, minutes))
            .as("%s addWork %s %d", calendar, moment, minutes)
            .isEqualTo(calendar.walkAddWork(moment, minutes));
        assertThat(calendar.subtractWork(moment, minutes))
            .as("%s subtractWork %s %d", calendar, moment, minutes)
            .isEqualTo(calendar.walkSubtractWork(moment, minutes));
        assertThat(calendar.nextWorkStart(moment))
            .as("%s nextWorkStart %s", calendar, moment)
            .isEqualTo(calendar.walkNextWorkStart(moment));
        assertThat(calendar.previousWorkFinish(moment))
            .as("%s previousWorkFinish %s", calendar, moment)
            .isEqualTo(calendar.walkPreviousWorkFinish(moment));
        assertThat(calendar.workBetween(moment, other))
            .as("%s workBetween %s %s", calendar, moment, other)
            .isEqualTo(calendar.walkWorkBetween(moment, other));
      }
    }
  }

  @Test
  void aCalendarWithoutWorkForYearsFailsAsTheWalkDoes() {
    WorkingCalendar idle =
        WorkingCalendar.standard("Base")
            .derive("Closed")
            .holidays(LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31))
            .build();
    LocalDateTime moment = LocalDateTime.of(2026, 3, 2, 8, 0);
    assertThatThrownBy(() -> idle.addWork(moment, 60)).isInstanceOf(InvalidScheduleException.class);
    assertThatThrownBy(() -> idle.nextWorkStart(moment))
        .isInstanceOf(InvalidScheduleException.class);
    assertThat(idle.workBetween(moment, LocalDateTime.of(2031, 1, 1, 17, 0))).isEqualTo(480);
  }

  private static WorkingCalendar randomCalendar(SplittableRandom random, int c) {
    WorkingCalendar.Builder builder = WorkingCalendar.builder("Random " + c);
    int kind = random.nextInt(4);
    for (DayOfWeek day : DayOfWeek.values()) {
      switch (kind) {
        case 0 -> builder.day(day, WorkingTime.of(0, 24));
        case 1 -> builder.day(day, WorkingTime.of(8, 12), WorkingTime.of(13, 17));
        case 2 -> {
          if (random.nextInt(3) > 0) {
            builder.day(day, WorkingTime.of(22, 24), WorkingTime.of(0, 6));
          }
        }
        default -> {
          if (day != DayOfWeek.SUNDAY) {
            builder.day(day, times(random));
          }
        }
      }
    }
    LocalDate first = LocalDate.of(2025, 1, 1);
    for (int h = 0; h < 80; h++) {
      LocalDate date = first.plusDays(random.nextInt(5 * 365));
      if (random.nextBoolean()) {
        builder.holiday(date);
      } else {
        builder.exception(date, times(random));
      }
    }
    if (random.nextInt(5) == 0) {
      LocalDate from = first.plusDays(random.nextInt(3 * 365));
      builder.holidays(from, from.plusDays(random.nextInt(200)));
    }
    return builder.build();
  }

  private static WorkingTime[] times(SplittableRandom random) {
    int count = 1 + random.nextInt(3);
    WorkingTime[] times = new WorkingTime[count];
    int minute = random.nextInt(8 * 60);
    for (int k = 0; k < count; k++) {
      int from = minute + random.nextInt(60);
      int to = Math.min(24 * 60, from + 1 + random.nextInt(5 * 60));
      if (from >= 24 * 60 - 1) {
        return java.util.Arrays.copyOf(times, k == 0 ? 0 : k);
      }
      times[k] =
          new WorkingTime(
              LocalTime.ofSecondOfDay(from * 60L), LocalTime.ofSecondOfDay((to % 1440) * 60L));
      minute = to + 1;
    }
    return times;
  }
}
