package org.cairnpmo.control;

/** Which way an inter-project dependency points, seen from the project that logs it. */
public enum DependencyDirection {
  DEPENDS_ON("Depends on"),
  DEPENDED_ON_BY("Is depended on by");

  private final String label;

  DependencyDirection(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
