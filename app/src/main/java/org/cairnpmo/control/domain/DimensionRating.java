package org.cairnpmo.control.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.cairnpmo.control.Rag;

/** One rating of a report: chosen, suggested by the rules, and the reason where they differ. */
@Embeddable
public class DimensionRating {

  @Enumerated(EnumType.STRING)
  private Rag rating;

  @Enumerated(EnumType.STRING)
  private Rag suggested;

  private String reason;

  protected DimensionRating() {}

  DimensionRating(Rag rating, Rag suggested, String reason) {
    this.rating = rating;
    this.suggested = suggested;
    this.reason = reason;
  }

  public Rag getRating() {
    return rating;
  }

  public Rag getSuggested() {
    return suggested;
  }

  public String getReason() {
    return reason;
  }

  /** The author chose a rating other than the suggested one. */
  public boolean overrides() {
    return rating != null && suggested != null && rating != suggested;
  }
}
