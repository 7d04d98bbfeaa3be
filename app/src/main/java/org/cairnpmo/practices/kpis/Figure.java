package org.cairnpmo.practices.kpis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * A KPI's figure as the two numbers its aggregation adds up: items that count over items counted (a
 * mean keeps the project's figure over 1, a sum the count over 1).
 */
public record Figure(BigDecimal numerator, BigDecimal denominator) {

  public static Figure of(long numerator, long denominator) {
    return new Figure(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }

  public static Figure single(BigDecimal value) {
    return new Figure(value, BigDecimal.ONE);
  }

  /** The figure in the measure's unit; null when nothing was counted. */
  public BigDecimal value(KpiMeasure measure) {
    if (measure.aggregation() == KpiMeasure.Aggregation.SUM) {
      return numerator.setScale(0, RoundingMode.HALF_UP);
    }
    if (denominator.signum() == 0) {
      return null;
    }
    BigDecimal ratio = numerator.divide(denominator, 6, RoundingMode.HALF_UP);
    if (measure.percent() && measure.aggregation() == KpiMeasure.Aggregation.RATIO) {
      ratio = ratio.multiply(BigDecimal.valueOf(100));
    }
    return ratio.setScale(
        measure.percent() || measure == KpiMeasure.MILESTONE_SLIP ? 1 : 2, RoundingMode.HALF_UP);
  }

  /** The figure of several projects together, by the measure's aggregation. */
  public static Figure aggregate(Collection<Figure> figures) {
    BigDecimal n = BigDecimal.ZERO;
    BigDecimal d = BigDecimal.ZERO;
    for (Figure f : figures) {
      n = n.add(f.numerator());
      d = d.add(f.denominator());
    }
    return new Figure(n, d);
  }
}
