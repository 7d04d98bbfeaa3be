package org.cairnpmo.control;

/** What a status report rates: the project overall and five dimensions. */
public enum RatingDimension {
  OVERALL("Overall"),
  SCHEDULE("Schedule"),
  COST("Cost"),
  SCOPE("Scope"),
  RESOURCES("Resources"),
  RISK("Risk");

  private final String label;

  RatingDimension(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The request and form field of this dimension's rating, e.g. {@code schedule}. */
  public String field() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
