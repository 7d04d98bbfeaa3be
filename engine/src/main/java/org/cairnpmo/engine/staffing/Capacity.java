package org.cairnpmo.engine.staffing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Capacity against demand per person and period.
 *
 * <p>Capacity of a day: the working week's hours for its weekday × part time; zero on a holiday and
 * outside every availability period; absences take their hours off (a whole-day absence all of
 * them). Demand: each booking's hours per week spread over the days it covers in proportion to the
 * working week's hours of each day, holidays excluded (see {@link Booking}). A period's figures are
 * the sums over its days.
 *
 * <p>Work is proportional to people × days plus bookings × periods: people who share a working week
 * and holidays share one table of working days, and a booking's hours in a period are a difference
 * of running totals.
 */
public final class Capacity {

  private Capacity() {}

  /**
   * Works out the grid.
   *
   * @param horizon the periods
   * @param calendars one per person; person ids unique
   * @param bookings existing demand; each must name a person of {@code calendars}; days outside the
   *     horizon are ignored
   */
  public static CapacityGrid compute(
      Horizon horizon, List<PersonCalendar> calendars, List<Booking> bookings) {
    int n = calendars.size();
    int periods = horizon.periods();
    int days = horizon.days();
    int[] periodStartDay = new int[periods + 1];
    for (int k = 0; k <= periods; k++) {
      periodStartDay[k] = (int) ChronoUnit.DAYS.between(horizon.start(), horizon.periodStart(k));
    }
    int startDow = horizon.start().getDayOfWeek().getValue() - 1;

    String[] ids = new String[n];
    Map<String, Integer> index = new HashMap<>(n * 2);
    double[][] workPrefix = new double[n][];
    double[] weeklyHours = new double[n];
    double[] capacity = new double[n * periods];
    double[] absence = new double[n * periods];
    Map<DayTableKey, double[]> tables = new HashMap<>();
    double[] day = new double[days];
    double[] away = new double[days];
    for (int i = 0; i < n; i++) {
      PersonCalendar c = calendars.get(i);
      if (index.putIfAbsent(c.personId(), i) != null) {
        throw new IllegalArgumentException("duplicate person " + c.personId());
      }
      ids[i] = c.personId();
      weeklyHours[i] = c.week().weeklyHours();
      double[] table =
          tables.computeIfAbsent(
              new DayTableKey(c.week(), c.holidays()),
              key -> dayTable(horizon, days, startDow, key));
      // table[0..days) holds each day's working hours; table[days..2 days+1) their running total.
      workPrefix[i] = table;
      double share = c.partTimePercent() / 100.0;
      if (c.availability().isEmpty()) {
        for (int d = 0; d < days; d++) {
          day[d] = table[d] * share;
        }
      } else {
        Arrays.fill(day, 0, days, 0.0);
        for (DateRange r : c.availability()) {
          int to = lastDay(horizon.start(), r.to(), days);
          for (int d = firstDay(horizon.start(), r.from(), days); d <= to; d++) {
            day[d] = table[d] * share;
          }
        }
      }
      Arrays.fill(away, 0, days, 0.0);
      for (Absence a : c.absences()) {
        int to = lastDay(horizon.start(), a.to(), days);
        for (int d = firstDay(horizon.start(), a.from(), days); d <= to; d++) {
          double take = a.wholeDay() ? day[d] : Math.min(day[d], a.hoursPerDay());
          day[d] -= take;
          away[d] += take;
        }
      }
      int row = i * periods;
      for (int k = 0; k < periods; k++) {
        double sum = 0;
        double off = 0;
        for (int d = periodStartDay[k]; d < periodStartDay[k + 1]; d++) {
          sum += day[d];
          off += away[d];
        }
        capacity[row + k] = sum;
        absence[row + k] = off;
      }
    }

    double[] demand = new double[n * periods];
    List<List<Integer>> byPerson = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      byPerson.add(new ArrayList<>(4));
    }
    for (int b = 0; b < bookings.size(); b++) {
      Booking booking = bookings.get(b);
      Integer person = index.get(booking.personId());
      if (person == null) {
        throw new IllegalArgumentException(
            "booking " + booking.id() + " names unknown person " + booking.personId());
      }
      byPerson.get(person).add(b);
    }
    int[][] bookingsOf = new int[n][];
    for (int i = 0; i < n; i++) {
      bookingsOf[i] = byPerson.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
    CapacityGrid grid =
        new CapacityGrid(
            horizon,
            ids,
            index,
            periodStartDay,
            workPrefix,
            weeklyHours,
            capacity,
            demand,
            absence,
            List.copyOf(bookings),
            bookingsOf);
    for (int i = 0; i < n; i++) {
      for (int b : bookingsOf[i]) {
        Booking booking = bookings.get(b);
        grid.addDemand(
            i, booking.from(), booking.to(), booking.hoursPerWeek(), demand, i * periods);
      }
    }
    return grid;
  }

  /**
   * Working hours of each day of the horizon (week pattern, holidays at zero), followed by their
   * running total.
   */
  private static double[] dayTable(Horizon horizon, int days, int startDow, DayTableKey key) {
    double[] week = key.week().toArray();
    double[] table = new double[2 * days + 1];
    for (int d = 0; d < days; d++) {
      table[d] = week[(startDow + d) % 7];
    }
    for (LocalDate holiday : key.holidays()) {
      int d = (int) Math.max(-1, Math.min(days, ChronoUnit.DAYS.between(horizon.start(), holiday)));
      if (d >= 0 && d < days) {
        table[d] = 0;
      }
    }
    double running = 0;
    table[days] = 0;
    for (int d = 0; d < days; d++) {
      running += table[d];
      table[days + d + 1] = running;
    }
    return table;
  }

  /** Offset of a range's first day from {@code start}, within 0 .. {@code days}. */
  static int firstDay(LocalDate start, LocalDate date, int days) {
    return (int) Math.max(0, Math.min(days, ChronoUnit.DAYS.between(start, date)));
  }

  /** Offset of a range's last day from {@code start}, within -1 .. {@code days - 1}. */
  static int lastDay(LocalDate start, LocalDate date, int days) {
    return (int) Math.max(-1, Math.min(days - 1, ChronoUnit.DAYS.between(start, date)));
  }

  private record DayTableKey(WorkWeek week, Set<LocalDate> holidays) {}
}
