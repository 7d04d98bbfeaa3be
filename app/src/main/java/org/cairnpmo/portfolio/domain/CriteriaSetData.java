package org.cairnpmo.portfolio.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.cairnpmo.platform.WholeNumber;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A criteria set ("business drivers") as the PMO defines it. Criteria keep their identity across
 * edits through {@code id}; a criterion without one is new, and a criterion left out is removed.
 *
 * @param weighting how the weights are found; direct weights by default
 */
public record CriteriaSetData(
    @NotBlank(message = "Name the criteria set, e.g. Business drivers 2027")
        @Size(max = 120, message = "At most 120 characters")
        String name,
    @Size(max = 2000, message = "At most 2000 characters") String description,
    WeightingMethod weighting,
    @Valid List<Criterion> criteria,
    Long version) {

  public List<Criterion> criteriaOrEmpty() {
    return criteria == null ? List.of() : criteria;
  }

  /**
   * One criterion and its scale. {@code weight} is used with direct weighting: any non-negative
   * numbers, normalised to sum to 100 %.
   */
  public record Criterion(
      Long id,
      @NotBlank(message = "Name the criterion") @Size(max = 120, message = "At most 120 characters")
          String name,
      @Size(max = 1000, message = "At most 1000 characters") String description,
      @NotNull(message = "Enter the lowest score") @JsonDeserialize(using = WholeNumber.class)
          Integer scaleMin,
      @NotNull(message = "Enter the highest score") @JsonDeserialize(using = WholeNumber.class)
          Integer scaleMax,
      @PositiveOrZero(message = "A weight cannot be negative")
          @DecimalMax(value = "1000000", message = "The weight is too large")
          BigDecimal weight) {}
}
