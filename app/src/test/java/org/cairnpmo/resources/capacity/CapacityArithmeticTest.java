package org.cairnpmo.resources.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cairnpmo.engine.staffing.Capacity;
import org.cairnpmo.engine.staffing.CapacityGrid;
import org.cairnpmo.engine.staffing.PersonCalendar;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.resources.capacity.CapacityData.Days;
import org.cairnpmo.resources.capacity.CapacityData.Member;
import org.cairnpmo.resources.capacity.CapacityQuery.GroupBy;
import org.cairnpmo.resources.capacity.CapacityQuery.PeriodKind;
import org.junit.jupiter.api.Test;

/** A person's hours per period: part time, their own week, absences, availability, holidays. */
class CapacityArithmeticTest {

  private static final LocalDate MONDAY = LocalDate.of(2031, 3, 3);
  private static final double[] FIVE_DAYS = {8, 8, 8, 8, 8, 0, 0};
  private static final CapacityQuery FOUR_WEEKS =
      new CapacityQuery(MONDAY, 4, GroupBy.PERSON, PeriodKind.WEEK);

  private static Member person(
      double hours,
      int partTime,
      String ownWeek,
      LocalDate from,
      LocalDate until,
      List<Days> absences) {
    return new Member(
        1, "Ada", null, null, hours, partTime, ownWeek, from, until, List.of(), absences);
  }

  private static double[] weeks(Member m, Set<LocalDate> holidays, CapacityQuery query) {
    PersonCalendar calendar = CapacityService.calendar(m, FIVE_DAYS, holidays, query);
    CapacityGrid grid = Capacity.compute(query.horizon(), List.of(calendar), List.of());
    double[] out = new double[query.horizon().periods()];
    for (int k = 0; k < out.length; k++) {
      out[k] = grid.capacity("1", k);
    }
    return out;
  }

  @Test
  void a_part_timer_has_their_share_of_the_hours_per_week() {
    assertThat(weeks(person(40, 50, null, null, null, List.of()), Set.of(), FOUR_WEEKS))
        .containsExactly(new double[] {20, 20, 20, 20}, within(1e-9));
  }

  @Test
  void an_absence_takes_its_days_and_availability_bounds_the_weeks() {
    Member m =
        person(
            40,
            100,
            null,
            MONDAY.plusDays(2),
            MONDAY.plusWeeks(2).plusDays(2),
            List.of(new Days(MONDAY.plusWeeks(1).plusDays(2), MONDAY.plusWeeks(1).plusDays(3))));
    // Joins on Wednesday (3 days), away Wednesday and Thursday, leaves on the third Wednesday.
    assertThat(weeks(m, Set.of(), FOUR_WEEKS))
        .containsExactly(new double[] {24, 24, 24, 0}, within(1e-9));
  }

  @Test
  void an_own_week_shapes_the_hours_and_holidays_take_theirs() {
    // Four days of ten hours, 80 %: 32 hours a week, eight on each of Monday to Thursday.
    Member m = person(40, 80, "10,10,10,10,0,0,0", null, null, List.of());
    assertThat(weeks(m, Set.of(MONDAY.plusWeeks(1)), FOUR_WEEKS))
        .containsExactly(new double[] {32, 24, 32, 32}, within(1e-9));
  }

  @Test
  void no_hours_per_week_is_no_capacity_and_months_cut_to_the_window() {
    assertThat(weeks(person(0, 100, null, null, null, List.of()), Set.of(), FOUR_WEEKS))
        .containsExactly(new double[] {0, 0, 0, 0}, within(1e-9));
    // 3 March 2031 is a Monday; four weeks run to 30 March: March only, 20 working days.
    CapacityQuery months = new CapacityQuery(MONDAY, 4, GroupBy.PERSON, PeriodKind.MONTH);
    assertThat(weeks(person(40, 100, null, null, null, List.of()), Set.of(), months))
        .containsExactly(new double[] {160}, within(1e-9));
  }

  @Test
  void the_query_refuses_what_it_cannot_draw() {
    LocalDate today = LocalDate.of(2031, 3, 5);
    assertThat(CapacityQuery.parse(null, null, null, null, today))
        .isEqualTo(new CapacityQuery(MONDAY, 52, GroupBy.PERSON, PeriodKind.WEEK));
    assertThatThrownBy(() -> CapacityQuery.parse("2031-03-04", "105", "team", "day", today))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidInputException.FieldProblem::field)
                    .containsExactly("from", "weeks", "groupBy", "period"));
    assertThatThrownBy(() -> CapacityQuery.parse("next week", "0", "role", "month", today))
        .isInstanceOf(InvalidInputException.class);
  }
}
