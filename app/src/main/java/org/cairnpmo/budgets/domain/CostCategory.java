package org.cairnpmo.budgets.domain;

/** What money is spent on. */
public enum CostCategory {
  LABOUR("Labour"),
  MATERIAL("Material"),
  OTHER("Other");

  private final String label;

  CostCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
