package org.cairnpmo.portfolio.selection;

/** What a scenario maximizes. */
public enum Objective {
  SCORE("Weighted score"),
  NPV("Net present value"),
  MIX("Weighted mix of score and NPV");

  private final String label;

  Objective(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
