package org.cairnpmo.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.platform.Labelled;

/**
 * The unit a duration is shown and entered in; the plan keeps minutes. Working units count working
 * time on the task's calendar (a day is 8 hours, a week 40, as in MS Project); elapsed units count
 * the clock, nights and weekends included.
 */
@RequiredArgsConstructor
public enum DurationUnit implements Labelled {
  MINUTES(1, false),
  HOURS(60, false),
  DAYS(480, false),
  WEEKS(2400, false),
  ELAPSED_HOURS(60, true),
  ELAPSED_DAYS(1440, true);

  private final long minutes;
  private final boolean elapsed;

  /** Minutes in one of this unit. */
  public long minutes() {
    return minutes;
  }

  /** {@code amount} of this unit as minutes, to the nearest minute. */
  public long minutes(BigDecimal amount) {
    return amount
        .multiply(BigDecimal.valueOf(minutes))
        .setScale(0, RoundingMode.HALF_UP)
        .longValue();
  }

  /** Whether a duration in this unit runs through non-working time. */
  public boolean elapsed() {
    return elapsed;
  }
}
