package org.cairnpmo.practices.kpis;

import java.math.BigDecimal;
import java.time.Instant;
import org.cairnpmo.platform.Versioned;

/** A KPI definition as everyone reads it, with its measure's formula and aggregation rule. */
public record KpiView(
    long id,
    String name,
    String description,
    KpiMeasure measure,
    String measureLabel,
    String formula,
    String aggregation,
    String unit,
    KpiDirection direction,
    BigDecimal green,
    BigDecimal red,
    long version,
    Instant updatedAt,
    String updatedBy)
    implements Versioned.Entry {

  /** The definition as its form edits it, at this version. */
  public KpiData toData() {
    return new KpiData(name, description, measure, unit, direction, green, red, version);
  }

  static KpiView of(Kpi k) {
    return new KpiView(
        k.getId(),
        k.getName(),
        k.getDescription(),
        k.getMeasure(),
        k.getMeasure().label(),
        k.getMeasure().formula(),
        k.getMeasure().aggregation().label(),
        k.getUnit(),
        k.getDirection(),
        k.getGreenThreshold(),
        k.getRedThreshold(),
        k.getVersion(),
        k.getUpdatedAt(),
        k.getUpdatedBy());
  }

  public Rating rate(BigDecimal value) {
    return Rating.of(value, direction, green, red);
  }

  /** "≥ 0.95" or "≤ 5": the green band, for a reader. */
  public String greenBand() {
    return (direction == KpiDirection.HIGHER_IS_BETTER ? "≥ " : "≤ ")
        + green.stripTrailingZeros().toPlainString();
  }

  /** "< 0.85" or "> 20": the red band. */
  public String redBand() {
    return (direction == KpiDirection.HIGHER_IS_BETTER ? "< " : "> ")
        + red.stripTrailingZeros().toPlainString();
  }
}
