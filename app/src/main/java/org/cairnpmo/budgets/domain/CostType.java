package org.cairnpmo.budgets.domain;

/** How accounting classifies a cost: capital expenditure or operating expenditure. */
public enum CostType implements Labelled {
  CAPEX,
  OPEX
}
