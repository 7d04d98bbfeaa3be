package org.cairnpmo.portfolio.domain;

/** How the weights of a criteria set are found. */
public enum WeightingMethod {
  /** Weights entered directly, normalised to sum to 100 %. */
  DIRECT,
  /** Weights derived from pairwise judgements on Saaty's 1–9 scale (AHP). */
  PAIRWISE;

  public String label() {
    return switch (this) {
      case DIRECT -> "Direct weights";
      case PAIRWISE -> "Pairwise comparison (AHP)";
    };
  }
}
