package org.cairnpmo.control.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairnpmo.control.Rag;
import org.cairnpmo.control.RatingDimension;
import org.cairnpmo.control.domain.SuggestedRatings.DimensionSuggestion;
import org.cairnpmo.control.domain.SuggestedRatings.MetricValue;

/**
 * The PMO's rating policy applied to a project's metrics.
 *
 * <ul>
 *   <li>A rule applies when its metric is known; a rule whose metric is unknown (SPI without earned
 *       value) is skipped, never read as zero.
 *   <li>A dimension with at least one applicable rule is suggested GREEN, or the worst rating among
 *       its rules that fire.
 *   <li>Overall is suggested as the worst of every suggestion, including rules aimed at overall.
 *   <li>A dimension without an applicable rule gets no suggestion.
 * </ul>
 */
public final class RatingRules {

  private RatingRules() {}

  public static SuggestedRatings suggest(List<RatingRule> rules, StatusMetrics metrics) {
    Map<RatingDimension, Rag> ratings = new EnumMap<>(RatingDimension.class);
    Map<RatingDimension, List<String>> because = new EnumMap<>(RatingDimension.class);
    Set<RatingDimension> applicable = EnumSet.noneOf(RatingDimension.class);
    for (RatingRule rule : rules) {
      BigDecimal value = metrics.value(rule.metric()).orElse(null);
      if (value == null) {
        continue;
      }
      applicable.add(rule.dimension());
      if (rule.firesFor(value)) {
        ratings.merge(rule.dimension(), rule.rating(), Rag::worst);
        because
            .computeIfAbsent(rule.dimension(), d -> new ArrayList<>())
            .add(rule.text() + " (is " + value.stripTrailingZeros().toPlainString() + ")");
      }
    }
    for (RatingDimension dimension : applicable) {
      ratings.putIfAbsent(dimension, Rag.GREEN);
    }
    if (!applicable.isEmpty()) {
      Rag overall = null;
      for (Rag rating : ratings.values()) {
        overall = Rag.worst(overall, rating);
      }
      ratings.put(RatingDimension.OVERALL, overall);
    }
    List<DimensionSuggestion> dimensions = new ArrayList<>();
    for (RatingDimension dimension : RatingDimension.values()) {
      dimensions.add(
          new DimensionSuggestion(
              dimension,
              ratings.get(dimension),
              List.copyOf(because.getOrDefault(dimension, List.of()))));
    }
    List<MetricValue> values = new ArrayList<>();
    for (RatingMetric metric : RatingMetric.values()) {
      values.add(new MetricValue(metric, metric.label(), metrics.value(metric).orElse(null)));
    }
    return new SuggestedRatings(metrics.asOf(), List.copyOf(values), List.copyOf(dimensions));
  }
}
