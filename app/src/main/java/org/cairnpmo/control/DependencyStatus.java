package org.cairnpmo.control;

import lombok.RequiredArgsConstructor;

/** An inter-project dependency is open until it is met or no longer relevant (closed). */
@RequiredArgsConstructor
public enum DependencyStatus {
  OPEN("Open"),
  MET("Met"),
  CLOSED("Closed");

  private final String label;

  public String label() {
    return label;
  }
}
