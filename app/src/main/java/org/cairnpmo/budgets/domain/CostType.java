package org.cairnpmo.budgets.domain;

/** How accounting classifies a cost: capital expenditure or operating expenditure. */
public enum CostType {
  CAPEX("Capex"),
  OPEX("Opex");

  private final String label;

  CostType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
