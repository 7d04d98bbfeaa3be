package org.cairnpmo.control;

/** An issue is open until it is resolved, then closed. */
public enum IssueStatus {
  OPEN("Open"),
  RESOLVED("Resolved"),
  CLOSED("Closed");

  private final String label;

  IssueStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
