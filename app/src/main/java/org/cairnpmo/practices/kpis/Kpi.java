package org.cairnpmo.practices.kpis;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import lombok.Getter;
import org.cairnpmo.platform.EditableRecord;
import org.cairnpmo.platform.history.KeepsHistory;

/**
 * A KPI the PMO defines: one of the measures Cairn computes, with its unit, direction and the
 * thresholds between green, amber and red.
 */
@Entity
@KeepsHistory("kpi")
@Table(name = "prc_kpi")
@Getter
public class Kpi extends EditableRecord {

  private String name;
  private String description;

  @Enumerated(EnumType.STRING)
  private KpiMeasure measure;

  private String unit;

  @Enumerated(EnumType.STRING)
  private KpiDirection direction;

  private BigDecimal greenThreshold;
  private BigDecimal redThreshold;

  protected Kpi() {}

  static Kpi define(KpiData data, String by, Instant now) {
    Kpi kpi = new Kpi();
    kpi.stampCreated(by, now);
    kpi.apply(data, by, now);
    return kpi;
  }

  void apply(KpiData data, String by, Instant now) {
    name = data.name().trim();
    description =
        data.description() == null || data.description().isBlank()
            ? null
            : data.description().trim();
    measure = data.measure();
    unit =
        data.unit() == null || data.unit().isBlank() ? measure.defaultUnit() : data.unit().trim();
    direction = data.direction();
    greenThreshold = data.green();
    redThreshold = data.red();
    stampChanged(by, now);
  }

  /** Green, amber or red for {@code value}; null for no value. */
  public Rating rate(BigDecimal value) {
    return Rating.of(value, direction, greenThreshold, redThreshold);
  }

  public KpiData toData() {
    return new KpiData(
        name, description, measure, unit, direction, greenThreshold, redThreshold, getVersion());
  }
}
