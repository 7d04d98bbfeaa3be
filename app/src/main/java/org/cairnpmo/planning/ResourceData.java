package org.cairnpmo.planning;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A resource of the plan: a person (optionally a user of Cairn), a role or a type of equipment;
 * {@code maxUnits} is how much of it is available at once (1 = one full-time person or machine);
 * {@code costRate} its cost per working hour (unknown when null); its own calendar or the plan's.
 */
public record ResourceData(
    @NotBlank(message = "Name the resource") @Size(max = 200, message = "At most 200 characters")
        String name,
    @NotNull(message = "Choose person, role or equipment") ResourceKind kind,
    @NotNull(message = "Enter the units available (1 = full time)")
        @DecimalMin(value = "0", inclusive = false, message = "Units must be more than 0")
        @DecimalMax(value = PlanLimits.MAX_UNITS, message = "At most 1000 units")
        @Digits(integer = 4, fraction = 2, message = "At most two decimals")
        BigDecimal maxUnits,
    Long userId,
    @DecimalMin(value = "0", message = "A cost rate cannot be negative")
        @Digits(integer = 15, fraction = 2, message = "At most two decimals")
        BigDecimal costRate,
    Long calendarId) {}
