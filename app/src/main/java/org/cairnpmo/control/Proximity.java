package org.cairnpmo.control;

/** When a risk could happen, where no date is known. */
public enum Proximity {
  NEAR("Near (within a month)"),
  MID("Mid-term (one to three months)"),
  FAR("Far (beyond three months)");

  private final String label;

  Proximity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
