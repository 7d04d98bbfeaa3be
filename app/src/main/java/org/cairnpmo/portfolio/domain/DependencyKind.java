package org.cairnpmo.portfolio.domain;

/** What a proposal depends on: another proposal, or a project in the register. */
public enum DependencyKind {
  PROPOSAL("Proposal"),
  PROJECT("Project");

  private final String label;

  DependencyKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
