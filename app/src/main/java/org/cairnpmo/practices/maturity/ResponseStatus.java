package org.cairnpmo.practices.maturity;

/** Where a respondent is: not started, a saved draft, or submitted (final). */
public enum ResponseStatus {
  NOT_STARTED("Not started"),
  DRAFT("Draft saved"),
  SUBMITTED("Submitted");

  private final String label;

  ResponseStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
