package org.cairnpmo.control.domain;

import lombok.RequiredArgsConstructor;
import org.cairnpmo.control.RatingDimension;
import org.cairnpmo.control.StatusMetricsProvider;

/**
 * What a rating rule measures. SPI and CPI exist only where a {@link StatusMetricsProvider} knows
 * the project's earned value; the others come from the project and its RAID log.
 */
@RequiredArgsConstructor
public enum RatingMetric {
  SPI("SPI (schedule performance index)", RatingDimension.SCHEDULE),
  CPI("CPI (cost performance index)", RatingDimension.COST),
  OPEN_HIGH_RISKS("Open high risks (score above 12)", RatingDimension.RISK),
  OPEN_MEDIUM_OR_HIGH_RISKS("Open risks scoring 5 or more", RatingDimension.RISK),
  HIGHEST_OPEN_RISK_SCORE("Highest score of an open risk (0 if none)", RatingDimension.RISK),
  OVERDUE_ISSUES("Overdue open issues", RatingDimension.OVERALL),
  OPEN_CRITICAL_ISSUES("Open issues of critical or high severity", RatingDimension.SCOPE),
  DAYS_TO_PLANNED_FINISH(
      "Days to the planned finish (negative once it has passed)", RatingDimension.SCHEDULE);

  private final String label;
  private final RatingDimension usualDimension;

  public String label() {
    return label;
  }

  /** The dimension a rule on this metric usually rates (the rule may name another). */
  public RatingDimension usualDimension() {
    return usualDimension;
  }
}
