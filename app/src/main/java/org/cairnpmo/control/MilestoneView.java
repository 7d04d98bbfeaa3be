package org.cairnpmo.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A key milestone of a project as its manager tracks it in status reporting: the date agreed
 * (baseline), the date now expected (forecast) and, once reached, the date it was completed.
 */
public record MilestoneView(
    long id,
    long projectId,
    String name,
    LocalDate baselineDate,
    LocalDate forecastDate,
    LocalDate completedDate,
    long version) {

  public boolean completed() {
    return completedDate != null;
  }

  /** Days late against the baseline (negative when early): completion or forecast − baseline. */
  public long slipDays() {
    LocalDate expected = completedDate != null ? completedDate : forecastDate;
    return ChronoUnit.DAYS.between(baselineDate, expected);
  }
}
