package org.cairnpmo.control;

import lombok.RequiredArgsConstructor;

/** Which way an inter-project dependency points, seen from the project that logs it. */
@RequiredArgsConstructor
public enum DependencyDirection {
  DEPENDS_ON("Depends on"),
  DEPENDED_ON_BY("Is depended on by");

  private final String label;

  public String label() {
    return label;
  }
}
