package org.cairnpmo.control.domain;

import jakarta.persistence.Embeddable;
import org.cairnpmo.control.RatingDimension;
import org.hibernate.annotations.EmbeddedColumnNaming;

/**
 * A report's rating of each {@link RatingDimension}, each in the columns named after its dimension:
 * overall_rating, overall_suggested, overall_reason, schedule_rating, and so on.
 */
@Embeddable
class ReportRatings {

  @EmbeddedColumnNaming("overall_%s")
  private DimensionRating overall;

  @EmbeddedColumnNaming("schedule_%s")
  private DimensionRating schedule;

  @EmbeddedColumnNaming("cost_%s")
  private DimensionRating cost;

  @EmbeddedColumnNaming("scope_%s")
  private DimensionRating scope;

  @EmbeddedColumnNaming("resources_%s")
  private DimensionRating resources;

  @EmbeddedColumnNaming("risk_%s")
  private DimensionRating risk;

  DimensionRating get(RatingDimension dimension) {
    DimensionRating r = dimension.of(overall, schedule, cost, scope, resources, risk);
    return r == null ? DimensionRating.NONE : r;
  }

  void set(RatingDimension dimension, DimensionRating value) {
    switch (dimension) {
      case OVERALL -> overall = value;
      case SCHEDULE -> schedule = value;
      case COST -> cost = value;
      case SCOPE -> scope = value;
      case RESOURCES -> resources = value;
      case RISK -> risk = value;
    }
  }
}
