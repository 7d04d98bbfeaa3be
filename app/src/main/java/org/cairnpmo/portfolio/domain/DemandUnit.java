package org.cairnpmo.portfolio.domain;

/** How a resource demand is counted. */
public enum DemandUnit {
  FTE("FTE"),
  HOURS("hours");

  private final String label;

  DemandUnit(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
