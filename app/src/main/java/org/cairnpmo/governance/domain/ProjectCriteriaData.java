package org.cairnpmo.governance.domain;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * What qualifies as a project: a policy text and thresholds. Work below every threshold that is set
 * is business as usual, not a project. Amounts are in {@code currency}, the currency tiers use too.
 */
public record ProjectCriteriaData(
    @Size(max = 4000, message = "At most 4000 characters") String policy,
    @PositiveOrZero(message = "The minimum budget cannot be negative")
        @Digits(integer = 15, fraction = 2, message = "At most 15 digits and 2 decimals")
        @DecimalMax(value = "999999999999999.99", message = "The amount is too large")
        BigDecimal minBudget,
    @Pattern(regexp = "[A-Za-z]{3}", message = "Use a three-letter ISO currency code, e.g. EUR")
        String currency,
    @PositiveOrZero(message = "The minimum duration cannot be negative")
        @Max(value = 600, message = "At most 600 months")
        Integer minDurationMonths,
    Long version) {}
