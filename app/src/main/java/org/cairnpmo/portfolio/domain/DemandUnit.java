package org.cairnpmo.portfolio.domain;

/** How a resource demand is counted. */
public enum DemandUnit {
  FTE,
  HOURS;

  /** FTE keeps its capitals; hours read as a unit after a number ("40 hours"). */
  public String label() {
    return this == FTE ? "FTE" : "hours";
  }
}
