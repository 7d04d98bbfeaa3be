package org.cairnpmo.practices.kpis;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A KPI definition as the PMO writes it. Higher is better: the green threshold is at least the red
 * one; lower is better: at most. {@code unit} defaults to the measure's.
 */
public record KpiData(
    @NotBlank(message = "Name the KPI.") @Size(max = 120, message = "At most 120 characters.")
        String name,
    @Size(max = 2000, message = "At most 2000 characters.") String description,
    @NotNull(message = "Choose what the KPI measures.") KpiMeasure measure,
    @Size(max = 30, message = "At most 30 characters.") String unit,
    @NotNull(message = "Say whether higher or lower is better.") KpiDirection direction,
    @NotNull(message = "Give the green threshold.") BigDecimal green,
    @NotNull(message = "Give the red threshold.") BigDecimal red,
    Long version) {

  /** A new definition of {@code measure} with its usual unit, direction and thresholds. */
  public static KpiData standard(KpiMeasure measure) {
    return new KpiData(
        measure.label(),
        measure.formula(),
        measure,
        measure.defaultUnit(),
        measure.defaultDirection(),
        measure.defaultGreen(),
        measure.defaultRed(),
        null);
  }
}
