package org.cairnpmo.control;

import lombok.RequiredArgsConstructor;

/** A risk is open until it is closed, or until it occurs and becomes an issue. */
@RequiredArgsConstructor
public enum RiskStatus {
  OPEN("Open"),
  OCCURRED("Occurred"),
  CLOSED("Closed");

  private final String label;

  public String label() {
    return label;
  }
}
