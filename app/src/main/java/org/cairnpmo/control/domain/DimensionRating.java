package org.cairnpmo.control.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.cairnpmo.control.Rag;

/** One rating of a report: chosen, suggested by the rules, and the reason where they differ. */
@Embeddable
public record DimensionRating(
    @Enumerated(EnumType.STRING) Rag rating,
    @Enumerated(EnumType.STRING) Rag suggested,
    String reason) {

  /** No rating yet. */
  static final DimensionRating NONE = new DimensionRating(null, null, null);

  /** The author chose a rating other than the suggested one. */
  public boolean overrides() {
    return rating != null && suggested != null && rating != suggested;
  }
}
