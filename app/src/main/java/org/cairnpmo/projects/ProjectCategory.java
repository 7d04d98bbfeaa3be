package org.cairnpmo.projects;

import lombok.RequiredArgsConstructor;

/** What kind of change a project brings; used for filtering and portfolio balance. */
@RequiredArgsConstructor
public enum ProjectCategory {
  STRATEGIC("Strategic"),
  PRODUCT("Product development"),
  OPERATIONAL("Operational improvement"),
  IT_INFRASTRUCTURE("IT infrastructure"),
  COMPLIANCE("Regulatory / compliance"),
  RESEARCH("Research"),
  CUSTOMER("Customer delivery");

  private final String label;

  public String label() {
    return label;
  }
}
