package org.cairnpmo.control;

import java.util.Locale;
import org.cairnpmo.platform.Labelled;

/** What a status report rates: the project overall and five dimensions. */
public enum RatingDimension implements Labelled {
  OVERALL,
  SCHEDULE,
  COST,
  SCOPE,
  RESOURCES,
  RISK;

  /** The request and form field of this dimension's rating, e.g. {@code schedule}. */
  public String field() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Of one value per dimension, given in the order the dimensions are declared, this one's. */
  public <T> T of(T overall, T schedule, T cost, T scope, T resources, T risk) {
    return switch (this) {
      case OVERALL -> overall;
      case SCHEDULE -> schedule;
      case COST -> cost;
      case SCOPE -> scope;
      case RESOURCES -> resources;
      case RISK -> risk;
    };
  }
}
