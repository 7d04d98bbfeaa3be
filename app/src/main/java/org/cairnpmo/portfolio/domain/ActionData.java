package org.cairnpmo.portfolio.domain;

import jakarta.validation.constraints.Size;

/** A step in a proposal's life (submit, withdraw, approve) with an optional note. */
public record ActionData(
    @Size(max = 2000, message = "At most 2000 characters") String reason, Long version) {

  /** The version an action names; the body is optional, and without one the header must. */
  public static Long versionOf(ActionData data) {
    return data == null ? null : data.version();
  }
}
