package org.cairnpmo.governance.domain;

/** How a tier's conditions combine. Conditions left empty are not part of the rule. */
public enum MatchMode {
  ANY("any of"),
  ALL("all of");

  private final String label;

  MatchMode(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
