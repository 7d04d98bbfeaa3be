package org.cairnpmo.governance;

/** Where a project stands on its lifecycle as a whole. */
public enum LifecycleStatus {
  ACTIVE("Active"),
  COMPLETED("Completed"),
  KILLED("Killed");

  private final String label;

  LifecycleStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
