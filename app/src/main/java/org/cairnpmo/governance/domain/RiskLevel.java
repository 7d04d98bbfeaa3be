package org.cairnpmo.governance.domain;

/** How risky a project is judged to be, as the PMO rates it when the project enters governance. */
public enum RiskLevel {
  LOW("Low"),
  MEDIUM("Medium"),
  HIGH("High");

  private final String label;

  RiskLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** True when this level is {@code other} or riskier. */
  public boolean atLeast(RiskLevel other) {
    return compareTo(other) >= 0;
  }
}
