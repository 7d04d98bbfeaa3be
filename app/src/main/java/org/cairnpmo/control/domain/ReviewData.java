package org.cairnpmo.control.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The PMO's review of a submitted report: accept it as REVIEWED (comment optional) or RETURN it to
 * its author as a draft (comment required).
 */
public record ReviewData(
    @NotNull(message = "Choose REVIEWED or RETURNED") Outcome outcome,
    @Size(max = 4000, message = "At most 4000 characters") String comment,
    Long version) {

  /** What the review decides. */
  public enum Outcome {
    REVIEWED,
    RETURNED
  }
}
