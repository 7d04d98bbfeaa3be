package org.cairnpmo.engine.schedule;

import java.time.LocalDate;

/**
 * A calendar's working time as a running total: for every day of a window, the working minutes
 * before it since the window's first day, and its working times. A moment is a minute count since
 * 1970-01-01T00:00 (an "epoch minute"); the working time up to a moment is the running total of its
 * day plus what its day worked before it, so converting between moments and working time costs a
 * short scan instead of a walk day by day.
 *
 * <p>The window starts around the first day asked for and doubles when an answer lies outside it. A
 * window that holds more than {@link #LONGEST_IDLE} days without work in a row is not used: such a
 * calendar is worked day by day as before, so that it fails the same way. Each window is immutable
 * and replaced as a whole, so a timeline can be shared between threads.
 */
final class CalendarTimeline {

  static final int DAY = 24 * 60;

  /** Idle runs this long or longer leave the calendar to the day-by-day walk (which may fail). */
  private static final int LONGEST_IDLE = WorkingCalendar.MAX_IDLE_DAYS - 2;

  /** The widest window kept (about 160 years); a question beyond it is walked day by day. */
  private static final int WIDEST = 60_000;

  private static final int INITIAL_BEFORE = 366;
  private static final int INITIAL_AFTER = 3 * 366;

  private final WorkingCalendar calendar;
  private volatile Window window;

  CalendarTimeline(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  /**
   * The running total is indexed every {@code 1 << LEVEL_BITS} working minutes, so that finding the
   * day a total is reached starts at most that much work before it instead of searching.
   */
  private static final int LEVEL_BITS = 8;

  /**
   * Days {@code firstDay} to {@code firstDay + days - 1}; {@code before[k]} is work before day k;
   * {@code dayReaching[j]} is the first day by whose end the total reaches {@code j << LEVEL_BITS};
   * {@code twoShifts[4k]} to {@code twoShifts[4k + 3]} are day k's working times when it has at
   * most two (an absent one from 0 to 0), or -1 first when it has more.
   */
  private record Window(
      long firstDay,
      int days,
      long[] before,
      int[][] shifts,
      int[] twoShifts,
      int[] dayReaching,
      boolean usable) {

    boolean holds(long day) {
      return day >= firstDay && day < firstDay + days;
    }

    /** Working minutes from the window's start to the moment. */
    long level(long moment) {
      int k;
      int minute;
      if (moment >= 0 && moment <= Integer.MAX_VALUE) {
        int m = (int) moment; // after 1970 and before the year 6053: cheaper arithmetic
        k = (int) (m / DAY - firstDay);
        minute = m % DAY;
      } else {
        k = (int) (Math.floorDiv(moment, DAY) - firstDay);
        minute = (int) Math.floorMod(moment, DAY);
      }
      long level = before[k];
      int from = twoShifts[4 * k];
      if (from >= 0) {
        // what each working time gave by the minute, without a branch to guess
        int second = twoShifts[4 * k + 2];
        return level
            + Math.min(Math.max(minute - from, 0), twoShifts[4 * k + 1] - from)
            + Math.min(Math.max(minute - second, 0), twoShifts[4 * k + 3] - second);
      }
      int[] s = shifts[k];
      for (int j = 0; j < s.length; j += 2) {
        if (minute <= s[j]) {
          break;
        }
        level += Math.min(minute, s[j + 1]) - s[j];
      }
      return level;
    }

    long at(int k, int minute) {
      return (firstDay + k) * DAY + minute;
    }
  }

  // ---------------------------------------------------------------- the operations

  /**
   * See {@link WorkingCalendar#addWork}: forward for positive minutes, to the first moment the work
   * is done (the end of a working time, not the next start); back for negative ones, to the last
   * moment it can start (the start of a working time, not the previous end).
   */
  long addWork(long start, long minutes) {
    if (minutes == 0) {
      return start;
    }
    boolean forward = minutes > 0;
    long day = Math.floorDiv(start, DAY);
    Window w = cover(day, day);
    while (w != null) {
      long target = w.level(start) + minutes;
      int today = (int) (day - w.firstDay);
      int k = forward ? firstReaching(w, today, target) : lastAtMost(w, today, target);
      if (k >= 0) {
        long rest = target - w.before[k];
        int[] s = w.shifts[k];
        for (int j = 0; j < s.length; j += 2) {
          int length = s[j + 1] - s[j];
          if (rest < length || (forward && rest == length)) {
            return w.at(k, s[j] + (int) rest);
          }
          rest -= length;
        }
      }
      w = forward ? cover(w.firstDay, w.firstDay + 2L * w.days) : cover(w.firstDay - w.days, day);
    }
    return walkAddWork(start, minutes);
  }

  /** See {@link WorkingCalendar#subtractWork}. */
  long subtractWork(long finish, long minutes) {
    return addWork(finish, -minutes);
  }

  /** See {@link WorkingCalendar#nextWorkStart}. */
  long nextWorkStart(long moment) {
    long day = Math.floorDiv(moment, DAY);
    int minute = (int) Math.floorMod(moment, DAY);
    for (Window w = cover(day, day); w != null; w = cover(w.firstDay, w.firstDay + 2L * w.days)) {
      int k = (int) (day - w.firstDay);
      int[] s = w.shifts[k];
      for (int j = 0; j < s.length; j += 2) {
        if (minute < s[j + 1]) {
          return w.at(k, Math.max(minute, s[j]));
        }
      }
      int next = firstReaching(w, k + 1, w.before[k + 1] + 1);
      if (next >= 0) {
        return w.at(next, w.shifts[next][0]);
      }
    }
    return walkNextWorkStart(moment);
  }

  /** See {@link WorkingCalendar#previousWorkFinish}. */
  long previousWorkFinish(long moment) {
    long day = Math.floorDiv(moment, DAY);
    int minute = (int) Math.floorMod(moment, DAY);
    if (minute == 0) {
      day--;
      minute = DAY;
    }
    for (Window w = cover(day, day); w != null; w = cover(w.firstDay - w.days, day)) {
      int k = (int) (day - w.firstDay);
      int[] s = w.shifts[k];
      for (int j = s.length - 2; j >= 0; j -= 2) {
        if (minute > s[j]) {
          return w.at(k, Math.min(minute, s[j + 1]));
        }
      }
      int previous = lastAtMost(w, k - 1, w.before[k] - 1);
      if (previous >= 0) {
        int[] p = w.shifts[previous];
        return w.at(previous, p[p.length - 1]);
      }
    }
    return walkPreviousWorkFinish(moment);
  }

  /** See {@link WorkingCalendar#workBetween}. */
  long workBetween(long from, long to) {
    if (to < from) {
      return -workBetween(to, from);
    }
    Window w = cover(Math.floorDiv(from, DAY), Math.floorDiv(to, DAY));
    if (w == null) {
      return walkWorkBetween(from, to);
    }
    return w.level(to) - w.level(from);
  }

  // ---------------------------------------------------------------- searching a window

  /**
   * The first day from {@code k} on by whose end the running total reaches {@code target}; -1 when
   * the window ends before.
   */
  private static int firstReaching(Window w, int k, long target) {
    long[] before = w.before;
    int days = w.days;
    if (k >= days || before[days] < target) {
      return -1;
    }
    int day = Math.max(k, w.dayReaching[(int) (Math.max(0, target) >> LEVEL_BITS)]);
    while (before[day + 1] < target) {
      day++;
    }
    return day;
  }

  /**
   * The last day from {@code k} back whose running total at its start is at most {@code target}; -1
   * when the window starts after.
   */
  private static int lastAtMost(Window w, int k, long target) {
    if (k < 0 || w.before[0] > target) {
      return -1;
    }
    if (target >= w.before[w.days]) {
      return Math.min(k, w.days - 1);
    }
    // the day that reaches past the target starts at most at it, and every later day after it
    return Math.min(k, firstReaching(w, 0, target + 1));
  }

  // ---------------------------------------------------------------- the window

  /**
   * A window holding the days {@code from} to {@code to}, built or widened when needed; null when
   * it would be too wide or the calendar has too long a stretch without work.
   */
  private Window cover(long from, long to) {
    Window w = window;
    if (w != null && w.holds(from) && w.holds(to)) {
      return w.usable ? w : null;
    }
    long first = from - INITIAL_BEFORE;
    long last = to + INITIAL_AFTER;
    if (w != null) {
      first = Math.min(first, w.firstDay);
      last = Math.max(last, w.firstDay + w.days - 1);
    }
    if (last - first + 1 > WIDEST) {
      return null;
    }
    w = build(first, (int) (last - first + 1));
    window = w;
    return w.usable ? w : null;
  }

  private Window build(long firstDay, int days) {
    long[] before = new long[days + 1];
    int[][] shifts = new int[days][];
    int[] twoShifts = new int[4 * days];
    int idle = 0;
    boolean usable = true;
    for (int k = 0; k < days; k++) {
      int[] s = calendar.shiftsUncached(LocalDate.ofEpochDay(firstDay + k));
      shifts[k] = s;
      if (s.length <= 4) {
        System.arraycopy(s, 0, twoShifts, 4 * k, s.length);
      } else {
        twoShifts[4 * k] = -1;
      }
      int work = 0;
      for (int j = 0; j < s.length; j += 2) {
        work += s[j + 1] - s[j];
      }
      idle = work == 0 ? idle + 1 : 0;
      usable &= idle < LONGEST_IDLE;
      before[k + 1] = before[k] + work;
    }
    int[] dayReaching = new int[(int) (before[days] >> LEVEL_BITS) + 1];
    int j = 0;
    for (int k = 0; k < days; k++) {
      while (j < dayReaching.length && (long) j << LEVEL_BITS <= before[k + 1]) {
        dayReaching[j++] = k;
      }
    }
    return new Window(firstDay, days, before, shifts, twoShifts, dayReaching, usable);
  }

  // ---------------------------------------------------------------- the day-by-day walk

  private long walkAddWork(long start, long minutes) {
    return Moments.minute(calendar.walkAddWork(Moments.date(start), minutes));
  }

  private long walkNextWorkStart(long moment) {
    return Moments.minute(calendar.walkNextWorkStart(Moments.date(moment)));
  }

  private long walkPreviousWorkFinish(long moment) {
    return Moments.minute(calendar.walkPreviousWorkFinish(Moments.date(moment)));
  }

  private long walkWorkBetween(long from, long to) {
    return calendar.walkWorkBetween(Moments.date(from), Moments.date(to));
  }
}
