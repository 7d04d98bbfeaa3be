package org.cairnpmo.engine.staffing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Capacity, demand and absences per person and period, as worked out by {@link Capacity}. Immutable
 * and safe to share between threads.
 */
public final class CapacityGrid {

  /** Demand above capacity by less than this (hours) is rounding, not over-allocation. */
  public static final double TOLERANCE = 1e-6;

  private final Horizon horizon;
  private final String[] ids;
  private final Map<String, Integer> index;
  private final int[] periodStartDay;
  private final double[][] dayTables;
  private final double[] weeklyHours;
  private final double[] capacity;
  private final double[] demand;
  private final double[] absence;
  private final List<Booking> bookings;
  private final int[][] bookingsOf;
  private final int days;
  private final int periods;

  CapacityGrid(
      Horizon horizon,
      String[] ids,
      Map<String, Integer> index,
      int[] periodStartDay,
      double[][] dayTables,
      double[] weeklyHours,
      double[] capacity,
      double[] demand,
      double[] absence,
      List<Booking> bookings,
      int[][] bookingsOf) {
    this.horizon = horizon;
    this.ids = ids;
    this.index = index;
    this.periodStartDay = periodStartDay;
    this.dayTables = dayTables;
    this.weeklyHours = weeklyHours;
    this.capacity = capacity;
    this.demand = demand;
    this.absence = absence;
    this.bookings = bookings;
    this.bookingsOf = bookingsOf;
    this.days = horizon.days();
    this.periods = horizon.periods();
  }

  public Horizon horizon() {
    return horizon;
  }

  /** The people, in the order of the calendars given. */
  public List<String> personIds() {
    return List.of(ids);
  }

  public boolean contains(String personId) {
    return index.containsKey(personId);
  }

  /** Hours available in a period. */
  public double capacity(String personId, int period) {
    return capacity[cell(personId, period)];
  }

  /** Hours booked in a period. */
  public double demand(String personId, int period) {
    return demand[cell(personId, period)];
  }

  /** Hours still free in a period: capacity minus demand, never below zero. */
  public double free(String personId, int period) {
    int c = cell(personId, period);
    return Math.max(0, capacity[c] - demand[c]);
  }

  /** Hours absences took off the capacity of a period. */
  public double absenceHours(String personId, int period) {
    return absence[cell(personId, period)];
  }

  /** Whether demand exceeds capacity in a period. */
  public boolean overAllocated(String personId, int period) {
    int c = cell(personId, period);
    return demand[c] > capacity[c] + TOLERANCE;
  }

  /**
   * What a booking of {@code hoursPerWeek} from {@code from} to {@code to} would add to each period
   * of the person's row (zero outside it), spread as {@link Booking} says.
   */
  public double[] demandOf(String personId, LocalDate from, LocalDate to, double hoursPerWeek) {
    double[] out = new double[periods];
    addDemand(person(personId), from, to, hoursPerWeek, out, 0);
    return out;
  }

  /** Every over-allocated cell, by person (in the calendars' order) then period. */
  public List<OverAllocation> overAllocations() {
    List<OverAllocation> out = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      for (int k = 0; k < periods; k++) {
        int c = i * periods + k;
        if (demand[c] > capacity[c] + TOLERANCE) {
          out.add(overAllocation(i, k));
        }
      }
    }
    return out;
  }

  /** The bookings that make up the demand of one cell, most hours first. */
  public List<BookingShare> causes(String personId, int period) {
    return causes(person(personId), period);
  }

  private OverAllocation overAllocation(int i, int k) {
    int c = i * periods + k;
    return new OverAllocation(
        ids[i],
        k,
        horizon.periodStart(k),
        capacity[c],
        demand[c],
        demand[c] - capacity[c],
        absence[c],
        causes(i, k));
  }

  private List<BookingShare> causes(int i, int k) {
    LocalDate from = horizon.periodStart(k);
    LocalDate to = horizon.periodEnd(k);
    double[] one = new double[periods];
    List<BookingShare> out = new ArrayList<>();
    for (int b : bookingsOf[i]) {
      Booking booking = bookings.get(b);
      if (booking.to().isBefore(from) || booking.from().isAfter(to)) {
        continue;
      }
      Arrays.fill(one, 0);
      addDemand(i, booking.from(), booking.to(), booking.hoursPerWeek(), one, 0);
      if (one[k] > 0) {
        out.add(new BookingShare(booking.id(), one[k]));
      }
    }
    out.sort(
        Comparator.comparingDouble(BookingShare::hours)
            .reversed()
            .thenComparing(BookingShare::bookingId));
    return out;
  }

  /** Adds a booking's hours per period to {@code target[offset + period]}. */
  void addDemand(
      int person, LocalDate from, LocalDate to, double hoursPerWeek, double[] target, int offset) {
    int d0 = Capacity.firstDay(horizon.start(), from, days);
    int d1 = Capacity.lastDay(horizon.start(), to, days);
    if (d1 < d0 || hoursPerWeek == 0) {
      return;
    }
    double[] table = dayTables[person];
    double perHour = hoursPerWeek / weeklyHours[person];
    int k = periodOfDay(d0);
    while (k < periods && periodStartDay[k] <= d1) {
      int lo = Math.max(d0, periodStartDay[k]);
      int hi = Math.min(d1, periodStartDay[k + 1] - 1);
      double work = table[days + hi + 1] - table[days + lo];
      target[offset + k] += perHour * work;
      k++;
    }
  }

  /** Index of the first period and the number of periods a date range touches. */
  int[] periodSpan(LocalDate from, LocalDate to) {
    int d0 = Capacity.firstDay(horizon.start(), from, days);
    int d1 = Capacity.lastDay(horizon.start(), to, days);
    if (d1 < d0) {
      return new int[] {0, 0};
    }
    int first = periodOfDay(d0);
    int last = periodOfDay(d1);
    return new int[] {first, last - first + 1};
  }

  private int periodOfDay(int d) {
    int k = Arrays.binarySearch(periodStartDay, d);
    return k >= 0 ? k : -k - 2;
  }

  int person(String personId) {
    Integer i = index.get(personId);
    if (i == null) {
      throw new IllegalArgumentException("unknown person " + personId);
    }
    return i;
  }

  int periods() {
    return periods;
  }

  int size() {
    return ids.length;
  }

  String id(int person) {
    return ids[person];
  }

  double capacityAt(int person, int period) {
    return capacity[person * periods + period];
  }

  double demandAt(int person, int period) {
    return demand[person * periods + period];
  }

  private int cell(String personId, int period) {
    if (period < 0 || period >= periods) {
      throw new IndexOutOfBoundsException("period " + period + " outside 0.." + (periods - 1));
    }
    return person(personId) * periods + period;
  }
}
