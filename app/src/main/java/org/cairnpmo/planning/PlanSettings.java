package org.cairnpmo.planning;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;

/**
 * The settings of a plan: its start, its status date (null: no progress date), its calendar (the
 * organization's when null), the scheduling conventions (MS Project's when null) and the float up
 * to which a task counts as near-critical.
 */
public record PlanSettings(
    @NotNull(message = "Enter the date the plan starts") LocalDateTime start,
    LocalDateTime statusDate,
    Long calendarId,
    ScheduleMode scheduleMode,
    @Min(value = 0, message = "The near-critical float cannot be negative")
        @Max(value = PlanLimits.MAX_DURATION_MINUTES, message = PlanLimits.DURATION_MESSAGE)
        Long nearCriticalMinutes) {}
