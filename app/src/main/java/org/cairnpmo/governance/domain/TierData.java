package org.cairnpmo.governance.domain;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.cairnpmo.platform.WholeNumber;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A project tier as the PMO defines it. {@code level} 1 is the highest tier; a project falls into
 * the highest tier whose rule it matches. The rule combines the conditions that are set ({@code
 * match}: any or all of them); a tier without conditions matches every project (a catch-all).
 */
public record TierData(
    @NotNull(message = "Enter the level, 1 being the highest tier")
        @Min(value = 1, message = "Levels start at 1 (the highest tier)")
        @Max(value = 999, message = "At most 999")
        @JsonDeserialize(using = WholeNumber.class)
        Integer level,
    @NotBlank(message = "Enter the tier's name, e.g. Major")
        @Size(max = 80, message = "At most 80 characters")
        String name,
    @Size(max = 1000, message = "At most 1000 characters") String description,
    MatchMode match,
    @PositiveOrZero(message = "The budget threshold cannot be negative")
        @Digits(integer = 15, fraction = 2, message = "At most 15 digits and 2 decimals")
        @DecimalMax(value = "999999999999999.99", message = "The amount is too large")
        BigDecimal minBudget,
    @PositiveOrZero(message = "The duration threshold cannot be negative")
        @Max(value = 600, message = "At most 600 months")
        Integer minDurationMonths,
    RiskLevel minRisk,
    Long lifecycleId,
    Long version) {}
