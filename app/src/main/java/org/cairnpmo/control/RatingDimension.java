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
}
