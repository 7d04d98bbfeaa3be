package org.cairnpmo.projects;

/** What kind of change a project brings; used for filtering and portfolio balance. */
public enum ProjectCategory {
  STRATEGIC("Strategic"),
  PRODUCT("Product development"),
  OPERATIONAL("Operational improvement"),
  IT_INFRASTRUCTURE("IT infrastructure"),
  COMPLIANCE("Regulatory / compliance"),
  RESEARCH("Research"),
  CUSTOMER("Customer delivery");

  private final String label;

  ProjectCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
