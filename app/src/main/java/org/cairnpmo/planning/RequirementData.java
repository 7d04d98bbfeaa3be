package org.cairnpmo.planning;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** What a task needs of a resource while it runs: {@code units} (1 = one full-time). */
public record RequirementData(
    @NotNull(message = "Name the task") Long taskId,
    @NotNull(message = "Name the resource") Long resourceId,
    @NotNull(message = "Enter the units needed")
        @DecimalMin(value = "0", inclusive = false, message = "Units must be more than 0")
        @DecimalMax(value = PlanLimits.MAX_UNITS, message = "At most 1000 units")
        @Digits(integer = 4, fraction = 2, message = "At most two decimals")
        BigDecimal units) {}
