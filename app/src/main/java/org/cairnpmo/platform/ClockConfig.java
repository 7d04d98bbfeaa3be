package org.cairnpmo.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application. Code that needs the time or today's date takes this {@link
 * Clock} instead of calling {@code now()}, so a test can hand a domain class a fixed clock.
 *
 * <p>{@code cairn.clock.today} runs the whole application as if today were that date, the time of
 * day and the passing of time unchanged: the demo's plans, requests and reports are written for the
 * weeks around a given day, and a training session or the demo's tests can keep that day.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfig {

  @Bean
  Clock clock(@Value("${cairn.clock.today:}") String today) {
    Clock system = Clock.systemUTC();
    if (today.isBlank()) {
      return system;
    }
    long days = ChronoUnit.DAYS.between(LocalDate.now(system), LocalDate.parse(today.trim()));
    return Clock.offset(system, Duration.ofDays(days));
  }
}
