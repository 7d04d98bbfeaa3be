package org.cairnpmo.control;

/** A risk is open until it is closed, or until it occurs and becomes an issue. */
public enum RiskStatus {
  OPEN("Open"),
  OCCURRED("Occurred"),
  CLOSED("Closed");

  private final String label;

  RiskStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
