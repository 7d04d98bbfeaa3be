package org.cairnpmo.control.domain;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import org.cairnpmo.control.Rag;
import org.cairnpmo.control.RatingDimension;
import org.cairnpmo.platform.GeneratedId;
import org.cairnpmo.platform.LastChange;
import org.cairnpmo.platform.LastChanged;
import org.cairnpmo.platform.history.KeepsHistory;

/** A stored rule of the PMO's rating policy. */
@KeepsHistory("rating-rule")
@Entity
@Table(name = "ctl_rating_rule")
public class RatingRuleEntry extends GeneratedId implements LastChanged, VersionChecked {

  @Enumerated(EnumType.STRING)
  private RatingMetric metric;

  @Enumerated(EnumType.STRING)
  private Comparison comparison;

  private BigDecimal threshold;

  @Enumerated(EnumType.STRING)
  private Rag rating;

  @Enumerated(EnumType.STRING)
  private RatingDimension dimension;

  private String note;

  @Getter(AccessLevel.PACKAGE)
  private boolean active;

  @Version private long version;

  @Embedded private LastChange lastChange;

  protected RatingRuleEntry() {}

  static RatingRuleEntry define(RatingRuleData data, String by, Instant now) {
    RatingRuleEntry entry = new RatingRuleEntry();
    entry.change(data, by, now);
    return entry;
  }

  void change(RatingRuleData data, String by, Instant now) {
    metric = data.metric();
    comparison = data.comparison();
    threshold = data.threshold().stripTrailingZeros();
    if (threshold.scale() < 0) {
      threshold = threshold.setScale(0);
    }
    rating = data.rating();
    dimension = data.effectiveDimension();
    note = data.note() == null || data.note().isBlank() ? null : data.note().strip();
    active = data.isActive();
    lastChange = LastChange.by(by, now);
  }

  RatingRule rule() {
    return new RatingRule(metric, comparison, threshold, rating, dimension);
  }

  RatingRuleView view() {
    return new RatingRuleView(
        getId(),
        metric,
        comparison,
        threshold,
        rating,
        dimension,
        rule().text(),
        note,
        active,
        version,
        getUpdatedAt(),
        getUpdatedBy());
  }

  public long getVersion() {
    return version;
  }

  @Override
  public LastChange lastChange() {
    return lastChange;
  }
}
