package org.cairnpmo.practices.maturity;

/** How far an improvement action has come. */
public enum ActionStatus {
  PLANNED("Planned"),
  IN_PROGRESS("In progress"),
  DONE("Done"),
  DROPPED("Dropped");

  private final String label;

  ActionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
