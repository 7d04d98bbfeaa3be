package org.cairnpmo.engine.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When work can happen: a working week (working times per weekday), exceptions for single dates (a
 * holiday has none; a Saturday shift has some) and an optional parent calendar it derives from.
 *
 * <p>The working times of a date are the first found of: this calendar's exception for the date,
 * its ancestors' exceptions (nearest first), this calendar's week, its ancestors' weeks. So the
 * organization's holidays hold for every project unless a project or task calendar says otherwise
 * for that very date.
 *
 * <p>Immutable; the working times of each date are remembered once worked out, and the running
 * total of working time over the years asked about (see {@link CalendarTimeline}), which is safe to
 * share between threads. A moment is taken to the minute; one with seconds is worked out day by
 * day.
 */
public final class WorkingCalendar {

  /** A calendar that has no working time for this many days in a row is broken, not sparse. */
  static final int MAX_IDLE_DAYS = 3 * 366;

  private static final int DAY = 24 * 60;
  private static final int[] NONE = new int[0];

  private final String id;
  private final WorkingCalendar parent;
  private final Map<DayOfWeek, int[]> week;
  private final Map<LocalDate, int[]> exceptions;
  private final Map<LocalDate, int[]> resolved = new ConcurrentHashMap<>();
  private final CalendarTimeline timeline = new CalendarTimeline(this);

  private WorkingCalendar(
      String id,
      WorkingCalendar parent,
      Map<DayOfWeek, int[]> week,
      Map<LocalDate, int[]> exceptions) {
    this.id = id;
    this.parent = parent;
    this.week = week;
    this.exceptions = exceptions;
  }

  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** MS Project's Standard calendar: Monday to Friday, 08:00–12:00 and 13:00–17:00. */
  public static WorkingCalendar standard(String id) {
    return builder(id).weekdays(WorkingTime.of(8, 12), WorkingTime.of(13, 17)).build();
  }

  /** Work around the clock every day, as MS Project's 24 Hours calendar. */
  public static WorkingCalendar allDay(String id) {
    Builder builder = builder(id);
    for (DayOfWeek day : DayOfWeek.values()) {
      builder.day(day, WorkingTime.of(0, 24));
    }
    return builder.build();
  }

  /** A calendar deriving from this one, to add a project's or a task's own days. */
  public Builder derive(String childId) {
    return builder(childId).parent(this);
  }

  /**
   * This calendar without any working time from {@code from} to {@code to}: the calendar of a task
   * interrupted then.
   */
  public WorkingCalendar without(LocalDateTime from, LocalDateTime to) {
    Builder builder = derive(id + " without " + from + "–" + to);
    for (LocalDate date = from.toLocalDate();
        !date.isAfter(to.toLocalDate());
        date = date.plusDays(1)) {
      int gapFrom = date.equals(from.toLocalDate()) ? minuteOf(from) : 0;
      int gapTo = date.equals(to.toLocalDate()) ? minuteOf(to) : DAY;
      int[] shifts = shifts(date);
      List<WorkingTime> kept = new ArrayList<>();
      for (int k = 0; k < shifts.length; k += 2) {
        addPart(kept, shifts[k], Math.min(shifts[k + 1], gapFrom));
        addPart(kept, Math.max(shifts[k], gapTo), shifts[k + 1]);
      }
      builder.exception(date, kept.toArray(WorkingTime[]::new));
    }
    return builder.build();
  }

  private static void addPart(List<WorkingTime> parts, int from, int to) {
    if (to > from) {
      parts.add(
          new WorkingTime(
              java.time.LocalTime.ofSecondOfDay(from * 60L),
              java.time.LocalTime.ofSecondOfDay((to % DAY) * 60L)));
    }
  }

  public String id() {
    return id;
  }

  public WorkingCalendar parent() {
    return parent;
  }

  /** The working times of a date after inheritance; empty on a non-working day. */
  public List<WorkingTime> workingTimes(LocalDate date) {
    int[] shifts = shifts(date);
    List<WorkingTime> times = new ArrayList<>(shifts.length / 2);
    for (int k = 0; k < shifts.length; k += 2) {
      times.add(
          new WorkingTime(
              java.time.LocalTime.ofSecondOfDay(shifts[k] * 60L),
              java.time.LocalTime.ofSecondOfDay((shifts[k + 1] % DAY) * 60L)));
    }
    return Collections.unmodifiableList(times);
  }

  public boolean isWorkingDay(LocalDate date) {
    return shifts(date).length > 0;
  }

  /** Minutes of working time on a date. */
  public long workOn(LocalDate date) {
    int[] shifts = shifts(date);
    long total = 0;
    for (int k = 0; k < shifts.length; k += 2) {
      total += shifts[k + 1] - shifts[k];
    }
    return total;
  }

  /** The running total of this calendar's working time, on moments counted in minutes. */
  CalendarTimeline timeline() {
    return timeline;
  }

  /** The given moment if work can start at it, else the start of the next working time. */
  public LocalDateTime nextWorkStart(LocalDateTime moment) {
    return Moments.isWholeMinute(moment)
        ? Moments.date(timeline.nextWorkStart(Moments.minute(moment)))
        : walkNextWorkStart(moment);
  }

  LocalDateTime walkNextWorkStart(LocalDateTime moment) {
    LocalDate date = moment.toLocalDate();
    int minute = minuteOf(moment);
    for (int idle = 0; idle <= MAX_IDLE_DAYS; idle++) {
      int[] shifts = shifts(date);
      for (int k = 0; k < shifts.length; k += 2) {
        if (minute < shifts[k + 1]) {
          return at(date, Math.max(minute, shifts[k]));
        }
      }
      date = date.plusDays(1);
      minute = 0;
    }
    throw noWorkingTime(moment);
  }

  /** The given moment if work can end at it, else the end of the previous working time. */
  public LocalDateTime previousWorkFinish(LocalDateTime moment) {
    return Moments.isWholeMinute(moment)
        ? Moments.date(timeline.previousWorkFinish(Moments.minute(moment)))
        : walkPreviousWorkFinish(moment);
  }

  LocalDateTime walkPreviousWorkFinish(LocalDateTime moment) {
    LocalDate date = moment.toLocalDate();
    int minute = minuteOf(moment);
    if (minute == 0) {
      date = date.minusDays(1);
      minute = DAY;
    }
    for (int idle = 0; idle <= MAX_IDLE_DAYS; idle++) {
      int[] shifts = shifts(date);
      for (int k = shifts.length - 2; k >= 0; k -= 2) {
        if (minute > shifts[k]) {
          return at(date, Math.min(minute, shifts[k + 1]));
        }
      }
      date = date.minusDays(1);
      minute = DAY;
    }
    throw noWorkingTime(moment);
  }

  /**
   * The moment at which {@code minutes} of work started at {@code start} are done. Work that ends
   * exactly with a working time ends there (17:00), not at the start of the next one.
   */
  public LocalDateTime addWork(LocalDateTime start, long minutes) {
    return Moments.isWholeMinute(start)
        ? Moments.date(timeline.addWork(Moments.minute(start), minutes))
        : walkAddWork(start, minutes);
  }

  LocalDateTime walkAddWork(LocalDateTime start, long minutes) {
    if (minutes < 0) {
      return walkSubtractWork(start, -minutes);
    }
    if (minutes == 0) {
      return start;
    }
    long remaining = minutes;
    LocalDate date = start.toLocalDate();
    int minute = minuteOf(start);
    int idle = 0;
    while (idle <= MAX_IDLE_DAYS) {
      int[] shifts = shifts(date);
      idle = shifts.length == 0 ? idle + 1 : 0;
      for (int k = 0; k < shifts.length; k += 2) {
        if (minute < shifts[k + 1]) {
          int from = Math.max(minute, shifts[k]);
          int available = shifts[k + 1] - from;
          if (remaining <= available) {
            return at(date, from + (int) remaining);
          }
          remaining -= available;
        }
      }
      date = date.plusDays(1);
      minute = 0;
    }
    throw noWorkingTime(start);
  }

  /**
   * The moment at which work of {@code minutes} must start to be done at {@code finish}. Work that
   * starts exactly with a working time starts there (08:00), not at the end of the one before.
   */
  public LocalDateTime subtractWork(LocalDateTime finish, long minutes) {
    return Moments.isWholeMinute(finish)
        ? Moments.date(timeline.subtractWork(Moments.minute(finish), minutes))
        : walkSubtractWork(finish, minutes);
  }

  LocalDateTime walkSubtractWork(LocalDateTime finish, long minutes) {
    if (minutes < 0) {
      return walkAddWork(finish, -minutes);
    }
    if (minutes == 0) {
      return finish;
    }
    long remaining = minutes;
    LocalDate date = finish.toLocalDate();
    int minute = minuteOf(finish);
    if (minute == 0) {
      date = date.minusDays(1);
      minute = DAY;
    }
    int idle = 0;
    while (idle <= MAX_IDLE_DAYS) {
      int[] shifts = shifts(date);
      idle = shifts.length == 0 ? idle + 1 : 0;
      for (int k = shifts.length - 2; k >= 0; k -= 2) {
        if (minute > shifts[k]) {
          int to = Math.min(minute, shifts[k + 1]);
          int available = to - shifts[k];
          if (remaining <= available) {
            return at(date, to - (int) remaining);
          }
          remaining -= available;
        }
      }
      date = date.minusDays(1);
      minute = DAY;
    }
    throw noWorkingTime(finish);
  }

  /**
   * Minutes of working time from {@code from} to {@code to}; negative when {@code to} is earlier.
   */
  public long workBetween(LocalDateTime from, LocalDateTime to) {
    return Moments.isWholeMinute(from) && Moments.isWholeMinute(to)
        ? timeline.workBetween(Moments.minute(from), Moments.minute(to))
        : walkWorkBetween(from, to);
  }

  long walkWorkBetween(LocalDateTime from, LocalDateTime to) {
    if (to.isBefore(from)) {
      return -walkWorkBetween(to, from);
    }
    LocalDate last = to.toLocalDate();
    int lastMinute = minuteOf(to);
    LocalDate date = from.toLocalDate();
    int minute = minuteOf(from);
    long total = 0;
    while (!date.isAfter(last)) {
      int end = date.equals(last) ? lastMinute : DAY;
      int[] shifts = shifts(date);
      for (int k = 0; k < shifts.length; k += 2) {
        int lo = Math.max(minute, shifts[k]);
        int hi = Math.min(end, shifts[k + 1]);
        if (hi > lo) {
          total += hi - lo;
        }
      }
      date = date.plusDays(1);
      minute = 0;
    }
    return total;
  }

  private int[] shifts(LocalDate date) {
    int[] cached = resolved.get(date);
    if (cached == null) {
      cached = resolve(date);
      resolved.put(date, cached);
    }
    return cached;
  }

  /** The working times of a date, worked out without remembering them. */
  int[] shiftsUncached(LocalDate date) {
    return resolve(date);
  }

  private int[] resolve(LocalDate date) {
    for (WorkingCalendar calendar = this; calendar != null; calendar = calendar.parent) {
      int[] exception = calendar.exceptions.get(date);
      if (exception != null) {
        return exception;
      }
    }
    for (WorkingCalendar calendar = this; calendar != null; calendar = calendar.parent) {
      int[] day = calendar.week.get(date.getDayOfWeek());
      if (day != null) {
        return day;
      }
    }
    return NONE;
  }

  private InvalidScheduleException noWorkingTime(LocalDateTime moment) {
    return new InvalidScheduleException(
        "Calendar " + id + " has no working time for three years around " + moment.toLocalDate());
  }

  private static int minuteOf(LocalDateTime moment) {
    return moment.getHour() * 60 + moment.getMinute();
  }

  private static LocalDateTime at(LocalDate date, int minute) {
    return date.atStartOfDay().plusMinutes(minute);
  }

  @Override
  public String toString() {
    return "WorkingCalendar[" + id + (parent == null ? "" : " < " + parent.id) + "]";
  }

  /** Builds a calendar; weekdays not set inherit from the parent (or are non-working). */
  public static final class Builder {

    private final String id;
    private WorkingCalendar parent;
    private final Map<DayOfWeek, int[]> week = new EnumMap<>(DayOfWeek.class);
    private final Map<LocalDate, int[]> exceptions = new HashMap<>();

    private Builder(String id) {
      if (id == null || id.isBlank()) {
        throw new InvalidScheduleException("A calendar needs an id");
      }
      this.id = id;
    }

    public Builder parent(WorkingCalendar newParent) {
      this.parent = newParent;
      return this;
    }

    public Builder day(DayOfWeek day, WorkingTime... times) {
      week.put(day, encode(times));
      return this;
    }

    /** Monday to Friday with these working times. */
    public Builder weekdays(WorkingTime... times) {
      for (DayOfWeek day : DayOfWeek.values()) {
        if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
          day(day, times);
        }
      }
      return this;
    }

    public Builder nonWorking(DayOfWeek day) {
      week.put(day, NONE);
      return this;
    }

    /** One date with other working times than its weekday; none makes it a holiday. */
    public Builder exception(LocalDate date, WorkingTime... times) {
      exceptions.put(Objects.requireNonNull(date, "date"), encode(times));
      return this;
    }

    public Builder holiday(LocalDate date) {
      return exception(date);
    }

    /** Every date from {@code first} to {@code last}, both included, off work. */
    public Builder holidays(LocalDate first, LocalDate last) {
      for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
        holiday(date);
      }
      return this;
    }

    public WorkingCalendar build() {
      for (WorkingCalendar ancestor = parent; ancestor != null; ancestor = ancestor.parent) {
        if (ancestor.id.equals(id)) {
          throw new InvalidScheduleException("Calendar " + id + " derives from itself");
        }
      }
      return new WorkingCalendar(id, parent, Map.copyOf(week), Map.copyOf(exceptions));
    }

    private int[] encode(WorkingTime... times) {
      WorkingTime[] sorted = times.clone();
      Arrays.sort(sorted, (a, b) -> Integer.compare(a.startMinute(), b.startMinute()));
      int[] shifts = new int[sorted.length * 2];
      int size = 0;
      for (WorkingTime time : sorted) {
        if (size > 0 && time.startMinute() < shifts[size - 1]) {
          throw new InvalidScheduleException(
              "Calendar " + id + ": working times overlap at " + time.from());
        }
        if (size > 0 && time.startMinute() == shifts[size - 1]) {
          shifts[size - 1] = time.endMinute();
        } else {
          shifts[size++] = time.startMinute();
          shifts[size++] = time.endMinute();
        }
      }
      return Arrays.copyOf(shifts, size);
    }
  }
}
