package org.cairnpmo.budgets.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PeriodsTest {

  @Test
  void a_period_is_a_month_written_yyyy_mm_within_2000_to_2100() {
    assertThat(Periods.parse("2027-03")).contains(YearMonth.of(2027, 3));
    assertThat(Periods.parse(" 2027-12 ")).contains(YearMonth.of(2027, 12));
    assertThat(Periods.parse("2027-13")).isEmpty();
    assertThat(Periods.parse("2027-3")).isEmpty();
    assertThat(Periods.parse("27-03")).isEmpty();
    assertThat(Periods.parse("1999-12")).isEmpty();
    assertThat(Periods.parse("2101-01")).isEmpty();
    assertThat(Periods.parse(null)).isEmpty();
  }

  @Test
  void ranges_run_across_year_ends_and_indexes_count_months() {
    assertThat(Periods.range(YearMonth.of(2026, 11), YearMonth.of(2027, 2)))
        .extracting(Periods::format)
        .containsExactly("2026-11", "2026-12", "2027-01", "2027-02");
    assertThat(Periods.range(YearMonth.of(2027, 2), YearMonth.of(2027, 1))).isEmpty();
    assertThat(Periods.index(YearMonth.of(2026, 11), YearMonth.of(2027, 2))).isEqualTo(3);
    assertThat(Periods.of(LocalDate.of(2028, 2, 29))).isEqualTo("2028-02");
  }
}
