package org.cairnpmo.control.domain;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.cairnpmo.control.Rag;
import org.cairnpmo.control.RatingDimension;

/**
 * A rating rule as the PMO enters it. Without a dimension the metric's usual one applies; without
 * {@code active} the rule is active. For a change, {@code version} is the version that was read.
 */
public record RatingRuleData(
    @NotNull(message = "Choose the metric") RatingMetric metric,
    @NotNull(message = "Choose how to compare") Comparison comparison,
    @NotNull(message = "Enter the threshold")
        @Digits(integer = 8, fraction = 4, message = "At most 8 digits and 4 decimals")
        @DecimalMin(value = "-99999999", message = "The threshold is too small")
        @DecimalMax(value = "99999999", message = "The threshold is too large")
        BigDecimal threshold,
    @NotNull(message = "Choose the rating the rule suggests") Rag rating,
    RatingDimension dimension,
    @Size(max = 500, message = "At most 500 characters") String note,
    Boolean active,
    Long version) {

  public RatingDimension effectiveDimension() {
    return dimension == null && metric != null ? metric.usualDimension() : dimension;
  }

  public boolean isActive() {
    return active == null || active;
  }

  public RatingRuleData withActive(boolean active) {
    return new RatingRuleData(
        metric, comparison, threshold, rating, dimension, note, active, version);
  }
}
