package org.cairnpmo.control.domain;

import java.math.BigDecimal;
import java.time.Instant;
import org.cairnpmo.control.Rag;
import org.cairnpmo.control.RatingDimension;
import org.cairnpmo.platform.Versioned;

/** A rating rule as stored, with its wording. */
public record RatingRuleView(
    long id,
    RatingMetric metric,
    Comparison comparison,
    BigDecimal threshold,
    Rag rating,
    RatingDimension dimension,
    String text,
    String note,
    boolean active,
    long version,
    Instant updatedAt,
    String updatedBy)
    implements Versioned.Entry {

  public RatingRule rule() {
    return new RatingRule(metric, comparison, threshold, rating, dimension);
  }

  /** The rule as entered, to be changed from the version read now. */
  public RatingRuleData data() {
    return new RatingRuleData(
        metric, comparison, threshold, rating, dimension, note, active, version);
  }
}
