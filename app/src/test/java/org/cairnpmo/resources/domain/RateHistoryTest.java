package org.cairnpmo.resources.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.resources.RateData;
import org.junit.jupiter.api.Test;

class RateHistoryTest {

  private static final Instant NOW = Instant.parse("2027-01-01T00:00:00Z");

  private static PoolPerson withRates() {
    PoolPerson person = new PoolPerson(NOW);
    person.rateFrom(LocalDate.of(2027, 1, 1), new BigDecimal("80.00"), NOW);
    person.rateFrom(LocalDate.of(2027, 7, 1), new BigDecimal("90.00"), NOW);
    person.rateFrom(LocalDate.of(2026, 1, 1), new BigDecimal("70.00"), NOW);
    return person;
  }

  @Test
  void the_rate_on_a_day_is_the_latest_one_from_on_or_before_it() {
    PoolPerson person = withRates();
    assertThat(person.rateOn(LocalDate.of(2026, 12, 31))).contains(new BigDecimal("70.00"));
    assertThat(person.rateOn(LocalDate.of(2027, 1, 1))).contains(new BigDecimal("80.00"));
    assertThat(person.rateOn(LocalDate.of(2027, 6, 30))).contains(new BigDecimal("80.00"));
    assertThat(person.rateOn(LocalDate.of(2027, 7, 1))).contains(new BigDecimal("90.00"));
    assertThat(person.rateOn(LocalDate.of(2030, 1, 1))).contains(new BigDecimal("90.00"));
  }

  @Test
  void there_is_no_rate_before_the_first_one() {
    assertThat(withRates().rateOn(LocalDate.of(2025, 12, 31))).isEmpty();
    assertThat(new PoolPerson(NOW).rateOn(LocalDate.of(2027, 1, 1))).isEmpty();
  }

  @Test
  void a_new_rate_from_the_same_day_replaces_the_old_one() {
    PoolPerson person = withRates();
    person.rateFrom(LocalDate.of(2027, 7, 1), new BigDecimal("95.00"), NOW);
    assertThat(person.getRates()).hasSize(3);
    assertThat(person.rateOn(LocalDate.of(2027, 8, 1))).contains(new BigDecimal("95.00"));
    assertThat(person.getRates()).extracting(RateEntry::effectiveFrom).isSorted();
  }

  @Test
  void a_rate_without_a_date_or_below_zero_is_refused() {
    assertThatThrownBy(() -> PoolRules.rate(new RateData(null, new BigDecimal("80"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("a rate needs a date");
    assertThatThrownBy(
            () -> PoolRules.rate(new RateData(LocalDate.of(2027, 1, 1), new BigDecimal("-1"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("cannot be negative");
  }

  @Test
  void part_time_scales_the_weekly_capacity() {
    PoolPerson person = new PoolPerson(NOW);
    person.change(
        PoolRules.person(
            new org.cairnpmo.resources.PersonData(
                null,
                "Ada",
                null,
                null,
                null,
                new BigDecimal("40"),
                80,
                null,
                null,
                null,
                null,
                null,
                null)),
        NOW);
    assertThat(person.weeklyHours()).isEqualByComparingTo("32");
  }
}
