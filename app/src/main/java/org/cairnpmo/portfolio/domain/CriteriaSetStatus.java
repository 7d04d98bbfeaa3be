package org.cairnpmo.portfolio.domain;

/**
 * A criteria set is prepared as a draft, then becomes the one active set that new evaluations bind
 * to, and is retired when another set is activated.
 */
public enum CriteriaSetStatus {
  DRAFT("Draft"),
  ACTIVE("Active"),
  RETIRED("Retired");

  private final String label;

  CriteriaSetStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
