package org.cairnpmo.planning;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;

/**
 * What has been done of a task at a status date: its percent complete and actual dates (an actual
 * finish needs an actual start; 100 % without an actual finish keeps the scheduled finish).
 */
public record TaskProgress(
    @NotNull(message = "Name the task") Long taskId,
    @NotNull(message = "Enter the percent complete")
        @DecimalMin(value = "0", message = "Percent complete is 0 to 100")
        @DecimalMax(value = "100", message = "Percent complete is 0 to 100")
        Double percentComplete,
    LocalDateTime actualStart,
    LocalDateTime actualFinish) {}
