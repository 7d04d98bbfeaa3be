package org.cairnpmo.projects;

/** Relative importance; {@link #rank()} orders by importance, most important first. */
public enum Priority {
  CRITICAL("Critical"),
  HIGH("High"),
  MEDIUM("Medium"),
  LOW("Low");

  private final String label;

  Priority(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public int rank() {
    return ordinal() + 1;
  }
}
