package org.cairnpmo.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class DatesClockTest {

  private static final ZoneId ZONE = ZoneId.systemDefault();
  private static final Instant NOON = ZonedDateTime.of(2031, 3, 10, 12, 0, 0, 0, ZONE).toInstant();

  private final Dates dates = new Dates(Clock.fixed(NOON, ZONE));

  @Test
  void how_long_ago_is_counted_from_the_clock() {
    assertThat(dates.ago(NOON.minus(Duration.ofMinutes(30)))).isEqualTo("just now");
    assertThat(dates.ago(NOON.minus(Duration.ofHours(3)))).isEqualTo("today");
    assertThat(dates.ago(NOON.minus(Duration.ofDays(1)))).isEqualTo("yesterday");
    assertThat(dates.ago(NOON.minus(Duration.ofDays(4)))).isEqualTo("4 days ago");
  }
}
