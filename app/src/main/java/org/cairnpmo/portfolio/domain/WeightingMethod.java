package org.cairnpmo.portfolio.domain;

/** How the weights of a criteria set are found. */
public enum WeightingMethod {
  /** Weights entered directly, normalised to sum to 100 %. */
  DIRECT("Direct weights"),
  /** Weights derived from pairwise judgements on Saaty's 1–9 scale (AHP). */
  PAIRWISE("Pairwise comparison (AHP)");

  private final String label;

  WeightingMethod(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
