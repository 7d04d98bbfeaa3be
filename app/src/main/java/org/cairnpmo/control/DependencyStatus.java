package org.cairnpmo.control;

/** An inter-project dependency is open until it is met or no longer relevant (closed). */
public enum DependencyStatus {
  OPEN("Open"),
  MET("Met"),
  CLOSED("Closed");

  private final String label;

  DependencyStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
