package org.cairnpmo.control;

import lombok.RequiredArgsConstructor;

/** When a risk could happen, where no date is known. */
@RequiredArgsConstructor
public enum Proximity {
  NEAR("Near (within a month)"),
  MID("Mid-term (one to three months)"),
  FAR("Far (beyond three months)");

  private final String label;

  public String label() {
    return label;
  }
}
