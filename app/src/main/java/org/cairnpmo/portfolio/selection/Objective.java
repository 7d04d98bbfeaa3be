package org.cairnpmo.portfolio.selection;

import lombok.RequiredArgsConstructor;

/** What a scenario maximizes. */
@RequiredArgsConstructor
public enum Objective {
  SCORE("Weighted score"),
  NPV("Net present value"),
  MIX("Weighted mix of score and NPV");

  private final String label;

  public String label() {
    return label;
  }
}
