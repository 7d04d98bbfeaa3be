package org.cairnpmo.control.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.control.Rag;
import org.cairnpmo.control.RatingDimension;

/**
 * What the PMO's rating rules suggest for a project on a day, with the metrics they saw. A
 * dimension without a suggestion has no rule that could be evaluated (no rule on it, or its metric
 * is unknown); it is then left to the manager's judgement without an override reason.
 */
public record SuggestedRatings(
    LocalDate asOf, List<MetricValue> metrics, List<DimensionSuggestion> dimensions) {

  /** One metric and its value on the day; {@code value} is null where it is not known. */
  public record MetricValue(RatingMetric metric, String label, BigDecimal value) {}

  /** The suggestion for one dimension (null rating: no suggestion) and the rules that fired. */
  public record DimensionSuggestion(RatingDimension dimension, Rag rating, List<String> because) {}

  public Rag rating(RatingDimension dimension) {
    for (DimensionSuggestion d : dimensions) {
      if (d.dimension() == dimension) {
        return d.rating();
      }
    }
    return null;
  }

  public List<String> because(RatingDimension dimension) {
    return dimensions.stream()
        .filter(d -> d.dimension() == dimension)
        .map(DimensionSuggestion::because)
        .findFirst()
        .orElse(List.of());
  }

  /** The basis of the suggestions in one line, kept with a report, e.g. "SPI 0.85; ...". */
  public String basis() {
    StringBuilder text = new StringBuilder();
    for (MetricValue m : metrics) {
      if (m.value() != null) {
        if (!text.isEmpty()) {
          text.append("; ");
        }
        text.append(m.metric().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT))
            .append(' ')
            .append(m.value().stripTrailingZeros().toPlainString());
      }
    }
    return text.toString();
  }
}
