package org.cairnpmo.planning;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A task's duration as risk analysis sees it: optimistic, most likely and pessimistic minutes (in
 * that order, each at least 0) and the distribution between them (PERT when not given).
 */
public record ThreePointEstimate(
    @NotNull(message = "Enter the optimistic duration")
        @Min(value = 0, message = "A duration cannot be negative")
        @Max(value = PlanLimits.MAX_DURATION_MINUTES, message = PlanLimits.DURATION_MESSAGE)
        Long optimisticMinutes,
    @NotNull(message = "Enter the most likely duration")
        @Min(value = 0, message = "A duration cannot be negative")
        @Max(value = PlanLimits.MAX_DURATION_MINUTES, message = PlanLimits.DURATION_MESSAGE)
        Long mostLikelyMinutes,
    @NotNull(message = "Enter the pessimistic duration")
        @Min(value = 0, message = "A duration cannot be negative")
        @Max(value = PlanLimits.MAX_DURATION_MINUTES, message = PlanLimits.DURATION_MESSAGE)
        Long pessimisticMinutes,
    Distribution distribution) {

  public ThreePointEstimate {
    distribution = distribution == null ? Distribution.PERT : distribution;
  }

  /** Whether optimistic ≤ most likely ≤ pessimistic. */
  public boolean ordered() {
    return optimisticMinutes <= mostLikelyMinutes && mostLikelyMinutes <= pessimisticMinutes;
  }
}
