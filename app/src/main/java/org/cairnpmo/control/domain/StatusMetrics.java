package org.cairnpmo.control.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The measured state of a project on a day: what rating rules are evaluated against. */
public record StatusMetrics(LocalDate asOf, Map<RatingMetric, BigDecimal> values) {

  public StatusMetrics {
    EnumMap<RatingMetric, BigDecimal> copy = new EnumMap<>(RatingMetric.class);
    values.forEach(
        (metric, value) -> {
          if (value != null) {
            copy.put(metric, value);
          }
        });
    values = Collections.unmodifiableMap(copy);
  }

  /** The metric's value, or empty where it is not known (e.g. SPI without earned value). */
  public Optional<BigDecimal> value(RatingMetric metric) {
    return Optional.ofNullable(values.get(metric));
  }
}
