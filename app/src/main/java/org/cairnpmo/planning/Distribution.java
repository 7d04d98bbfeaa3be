package org.cairnpmo.planning;

import org.cairnpmo.platform.Labelled;

/** The shape of a three-point estimate in schedule risk analysis. */
public enum Distribution implements Labelled {
  TRIANGULAR,
  PERT("PERT (beta)");

  private final String label;

  Distribution() {
    this(null);
  }

  Distribution(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label == null ? Labelled.super.label() : label;
  }
}
