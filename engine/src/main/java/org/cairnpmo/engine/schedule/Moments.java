package org.cairnpmo.engine.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** Moments as whole minutes since 1970-01-01T00:00, the scheduler's own time scale. */
final class Moments {

  private static final int DAY = 24 * 60;
  private static final LocalTime[] TIMES = new LocalTime[DAY];

  static {
    for (int m = 0; m < DAY; m++) {
      TIMES[m] = LocalTime.of(m / 60, m % 60);
    }
  }

  private Moments() {}

  static boolean isWholeMinute(LocalDateTime moment) {
    return moment.getSecond() == 0 && moment.getNano() == 0;
  }

  /** The moment's minute; seconds are left out. */
  static long minute(LocalDateTime moment) {
    return moment.toLocalDate().toEpochDay() * DAY + moment.getHour() * 60L + moment.getMinute();
  }

  static LocalDateTime date(long minute) {
    return LocalDateTime.of(
        LocalDate.ofEpochDay(Math.floorDiv(minute, DAY)), TIMES[(int) Math.floorMod(minute, DAY)]);
  }

  /**
   * Dates made once for the moments met most: tasks of a plan start and finish at the same few
   * times of the day, so most of a schedule's dates are the same objects.
   */
  static final class Cache {
    private static final int SIZE = 1 << 12;
    private final long[] minutes = new long[SIZE];
    private final LocalDateTime[] dates = new LocalDateTime[SIZE];

    LocalDateTime date(long minute) {
      int slot = (int) (minute ^ (minute >>> 12) ^ (minute >>> 24)) & (SIZE - 1);
      LocalDateTime known = dates[slot];
      if (known != null && minutes[slot] == minute) {
        return known;
      }
      LocalDateTime made = Moments.date(minute);
      minutes[slot] = minute;
      dates[slot] = made;
      return made;
    }
  }
}
