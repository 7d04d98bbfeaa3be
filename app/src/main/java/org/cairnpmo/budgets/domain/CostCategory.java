package org.cairnpmo.budgets.domain;

/** What money is spent on. */
public enum CostCategory implements Labelled {
  LABOUR,
  MATERIAL,
  OTHER
}
