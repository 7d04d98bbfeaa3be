package org.cairnpmo.control;

/** How badly an issue hurts the project. */
public enum IssueSeverity {
  LOW("Low"),
  MEDIUM("Medium"),
  HIGH("High"),
  CRITICAL("Critical");

  private final String label;

  IssueSeverity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
