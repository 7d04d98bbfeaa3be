package org.cairnpmo.platform;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application. Code that needs the time or today's date takes this {@link
 * Clock} instead of calling {@code now()}, so a test can hand a domain class a fixed clock.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfig {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
