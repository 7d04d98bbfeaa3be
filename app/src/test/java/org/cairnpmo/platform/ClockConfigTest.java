package org.cairnpmo.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class ClockConfigTest {

  private final ClockConfig config = new ClockConfig();

  @Test
  void without_a_day_the_clock_is_the_system_clock() {
    Clock clock = config.clock("");
    assertThat(Duration.between(Instant.now(), clock.instant()).abs())
        .isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void a_day_moves_today_and_keeps_the_time_running() throws InterruptedException {
    Clock clock = config.clock(" 2031-03-03 ");
    assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2031, 3, 3));
    Instant first = clock.instant();
    Thread.sleep(20);
    assertThat(clock.instant()).isAfter(first);
  }

  @Test
  void a_day_that_is_no_date_stops_the_start() {
    assertThatThrownBy(() -> config.clock("tomorrow")).isInstanceOf(DateTimeParseException.class);
  }
}
