package org.cairnpmo.engine.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CapacityTest {

  /** Monday 4 January 2027. */
  private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

  private static final Horizon FOUR_WEEKS = Horizon.weeks(MONDAY, 4);

  private static PersonCalendar alice() {
    return PersonCalendar.fullTime("alice", WorkWeek.standard());
  }

  private static CapacityGrid grid(PersonCalendar calendar, Booking... bookings) {
    return Capacity.compute(FOUR_WEEKS, List.of(calendar), List.of(bookings));
  }

  @Test
  void aFullTimeWeekHasItsForty() {
    CapacityGrid grid = grid(alice());
    for (int k = 0; k < 4; k++) {
      assertThat(grid.capacity("alice", k)).isEqualTo(40);
      assertThat(grid.demand("alice", k)).isZero();
      assertThat(grid.free("alice", k)).isEqualTo(40);
    }
    assertThat(grid.overAllocations()).isEmpty();
  }

  @Test
  void aMonthHasTheHoursOfItsWorkingDays() {
    // January 2027 has 21 weekdays, February 20.
    CapacityGrid grid =
        Capacity.compute(Horizon.months(YearMonth.of(2027, 1), 2), List.of(alice()), List.of());
    assertThat(grid.capacity("alice", 0)).isEqualTo(168);
    assertThat(grid.capacity("alice", 1)).isEqualTo(160);
    assertThat(grid.horizon().periodStart(1)).isEqualTo(LocalDate.of(2027, 2, 1));
  }

  @Test
  void aBookingAcrossTwoMonthsIsSplitByTheirWorkingDays() {
    // Wednesday 27 January to Friday 5 February 2027: three working days in January, five after.
    CapacityGrid grid =
        Capacity.compute(
            Horizon.months(YearMonth.of(2027, 1), 2),
            List.of(alice()),
            List.of(
                new Booking(
                    "b", "alice", LocalDate.of(2027, 1, 27), LocalDate.of(2027, 2, 5), 40)));
    assertThat(grid.demand("alice", 0)).isEqualTo(24);
    assertThat(grid.demand("alice", 1)).isEqualTo(40);
    assertThat(grid.demandOf("alice", LocalDate.of(2027, 1, 27), LocalDate.of(2027, 2, 5), 20))
        .containsExactly(12, 20);
  }

  @Test
  void partTimeScalesEveryDay() {
    CapacityGrid grid =
        grid(alice().withPartTime(50), new Booking("b", "alice", MONDAY, MONDAY.plusDays(27), 20));
    assertThat(grid.capacity("alice", 0)).isEqualTo(20);
    // Twenty hours a week is the whole of a half-time week: booked to the hour, not over.
    assertThat(grid.demand("alice", 0)).isEqualTo(20);
    assertThat(grid.overAllocated("alice", 0)).isFalse();
  }

  @Test
  void aHolidayTakesItsDayFromCapacityAndFromTheBooking() {
    LocalDate wednesday = MONDAY.plusDays(2);
    CapacityGrid grid =
        grid(
            alice().withHolidays(Set.of(wednesday)),
            new Booking("b", "alice", MONDAY, MONDAY.plusDays(13), 40));
    assertThat(grid.capacity("alice", 0)).isEqualTo(32);
    assertThat(grid.demand("alice", 0)).isEqualTo(32);
    assertThat(grid.capacity("alice", 1)).isEqualTo(40);
    assertThat(grid.overAllocations()).isEmpty();
  }

  @Test
  void anAbsenceTakesCapacityButNotDemandSoTheClashShows() {
    CapacityGrid grid =
        grid(
            alice().withAbsences(List.of(Absence.wholeDays(MONDAY, MONDAY.plusDays(1)))),
            new Booking("apollo", "alice", MONDAY, MONDAY.plusDays(27), 30),
            new Booking("zeus", "alice", MONDAY, MONDAY.plusDays(6), 10));
    assertThat(grid.capacity("alice", 0)).isEqualTo(24);
    assertThat(grid.absenceHours("alice", 0)).isEqualTo(16);
    assertThat(grid.demand("alice", 0)).isEqualTo(40);
    assertThat(grid.overAllocations())
        .containsExactly(
            new OverAllocation(
                "alice",
                0,
                MONDAY,
                24,
                40,
                16,
                16,
                List.of(new BookingShare("apollo", 30), new BookingShare("zeus", 10))));
  }

  @Test
  void aPartialAbsenceTakesItsHoursButNeverMoreThanTheDayHas() {
    CapacityGrid grid =
        grid(
            alice()
                .withPartTime(50)
                .withAbsences(
                    List.of(
                        Absence.partialDays(MONDAY, MONDAY.plusDays(4), 2),
                        Absence.partialDays(MONDAY.plusDays(7), MONDAY.plusDays(7), 8))));
    // Half time is four hours a day: two hours off each day of the first week.
    assertThat(grid.capacity("alice", 0)).isEqualTo(10);
    // Eight hours off a four-hour Monday takes the four.
    assertThat(grid.capacity("alice", 1)).isEqualTo(16);
    assertThat(grid.absenceHours("alice", 1)).isEqualTo(4);
  }

  @Test
  void joiningAndLeavingCountOnlyTheDaysInThePool() {
    LocalDate joins = MONDAY.plusDays(2);
    LocalDate leaves = MONDAY.plusDays(7 * 2 + 3);
    CapacityGrid grid = grid(alice().withAvailability(List.of(new DateRange(joins, leaves))));
    assertThat(grid.capacity("alice", 0)).isEqualTo(24);
    assertThat(grid.capacity("alice", 1)).isEqualTo(40);
    assertThat(grid.capacity("alice", 2)).isEqualTo(32);
    assertThat(grid.capacity("alice", 3)).isZero();
  }

  @Test
  void aPartialWeekCarriesTheShareOfItsWorkingDays() {
    // Wednesday to the Tuesday after: three working days in the first week, two in the second.
    CapacityGrid grid =
        grid(alice(), new Booking("b", "alice", MONDAY.plusDays(2), MONDAY.plusDays(8), 20));
    assertThat(grid.demand("alice", 0)).isEqualTo(12);
    assertThat(grid.demand("alice", 1)).isEqualTo(8);
    assertThat(grid.demand("alice", 2)).isZero();
  }

  @Test
  void aDayThePersonDoesNotWorkCarriesNoShare() {
    WorkWeek fourLongDays = new WorkWeek(10, 10, 10, 10, 0, 0, 0);
    PersonCalendar bob = PersonCalendar.fullTime("bob", fourLongDays);
    // Thursday to Sunday: only Thursday is a working day, a quarter of the week.
    CapacityGrid grid =
        Capacity.compute(
            FOUR_WEEKS,
            List.of(bob),
            List.of(new Booking("b", "bob", MONDAY.plusDays(3), MONDAY.plusDays(6), 20)));
    assertThat(grid.capacity("bob", 0)).isEqualTo(40);
    assertThat(grid.demand("bob", 0)).isEqualTo(5);
  }

  @Test
  void bookingsOutsideTheHorizonAreIgnoredAndOpenRangesWork() {
    CapacityGrid grid =
        grid(
            alice().withAvailability(List.of(DateRange.startingOn(MONDAY.minusYears(3)))),
            new Booking("before", "alice", MONDAY.minusDays(30), MONDAY.minusDays(1), 40),
            new Booking("across", "alice", MONDAY.minusDays(30), MONDAY.plusDays(400), 8));
    for (int k = 0; k < 4; k++) {
      assertThat(grid.capacity("alice", k)).isEqualTo(40);
      assertThat(grid.demand("alice", k)).isEqualTo(8);
    }
    assertThat(grid.causes("alice", 0)).containsExactly(new BookingShare("across", 8));
  }

  @Test
  void badInputIsRefusedWithAClearMessage() {
    assertThatThrownBy(() -> Horizon.weeks(MONDAY.plusDays(1), 4))
        .hasMessageContaining("weeks start on a Monday");
    assertThatThrownBy(() -> new Booking("b", "alice", MONDAY, MONDAY.minusDays(1), 8))
        .hasMessageContaining("cannot end");
    assertThatThrownBy(() -> new Booking("b", "alice", MONDAY, MONDAY, -1))
        .hasMessageContaining("between 0 and 168");
    assertThatThrownBy(() -> new WorkWeek(25, 0, 0, 0, 0, 0, 0))
        .hasMessageContaining("between 0 and 24");
    assertThatThrownBy(() -> alice().withPartTime(120)).hasMessageContaining("part time");
    assertThatThrownBy(
            () -> grid(alice(), new Booking("b", "nobody", MONDAY, MONDAY.plusDays(3), 8)))
        .hasMessageContaining("unknown person nobody");
    assertThatThrownBy(() -> Capacity.compute(FOUR_WEEKS, List.of(alice(), alice()), List.of()))
        .hasMessageContaining("duplicate person alice");
  }

  @Test
  void everyCellMatchesTheDayByDaySumsOnRandomCalendars() {
    Random rnd = new Random(7);
    Horizon horizon = Horizon.weeks(MONDAY, 12);
    LocalDate last = horizon.end().minusDays(1);
    for (int round = 0; round < 20; round++) {
      List<PersonCalendar> calendars = new ArrayList<>();
      List<Booking> bookings = new ArrayList<>();
      for (int i = 0; i < 15; i++) {
        double[] h = new double[7];
        for (int d = 0; d < 7; d++) {
          h[d] = rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(11);
        }
        h[rnd.nextInt(5)] = 1 + rnd.nextInt(9);
        WorkWeek week = new WorkWeek(h[0], h[1], h[2], h[3], h[4], h[5], h[6]);
        Set<LocalDate> holidays = new HashSet<>();
        for (int k = 0; k < 4; k++) {
          holidays.add(MONDAY.plusDays(rnd.nextInt(100) - 10));
        }
        List<DateRange> availability = new ArrayList<>();
        if (rnd.nextBoolean()) {
          LocalDate from = MONDAY.plusDays(rnd.nextInt(60) - 20);
          availability.add(new DateRange(from, from.plusDays(rnd.nextInt(80))));
        }
        List<Absence> absences = new ArrayList<>();
        for (int k = rnd.nextInt(3); k > 0; k--) {
          LocalDate from = MONDAY.plusDays(rnd.nextInt(90) - 5);
          absences.add(
              rnd.nextBoolean()
                  ? Absence.wholeDays(from, from.plusDays(rnd.nextInt(10)))
                  : Absence.partialDays(from, from.plusDays(rnd.nextInt(10)), 1 + rnd.nextInt(6)));
        }
        String id = "p" + i;
        calendars.add(
            new PersonCalendar(id, week, 10 + rnd.nextInt(91), holidays, availability, absences));
        for (int k = rnd.nextInt(4); k > 0; k--) {
          LocalDate from = MONDAY.plusDays(rnd.nextInt(100) - 10);
          bookings.add(
              new Booking(id + "b" + k, id, from, from.plusDays(rnd.nextInt(40)), rnd.nextInt(41)));
        }
      }
      CapacityGrid grid = Capacity.compute(horizon, calendars, bookings);
      for (PersonCalendar c : calendars) {
        for (int k = 0; k < horizon.periods(); k++) {
          LocalDate from = horizon.periodStart(k);
          LocalDate to = horizon.periodEnd(k);
          assertThat(grid.capacity(c.personId(), k))
              .isCloseTo(Naive.capacity(c, from, to), within(1e-9));
          assertThat(grid.demand(c.personId(), k))
              .isCloseTo(Naive.demand(c, bookings, from, to), within(1e-9));
        }
      }
      assertThat(last.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    }
  }
}
