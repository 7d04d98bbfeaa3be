package org.cairnpmo.control;

import lombok.RequiredArgsConstructor;

/** How badly an issue hurts the project. */
@RequiredArgsConstructor
public enum IssueSeverity {
  LOW("Low"),
  MEDIUM("Medium"),
  HIGH("High"),
  CRITICAL("Critical");

  private final String label;

  public String label() {
    return label;
  }
}
