package org.cairnpmo.projects;

import org.cairnpmo.platform.InWords;

/** Relative importance; {@link #rank()} orders by importance, most important first. */
public enum Priority implements InWords {
  CRITICAL,
  HIGH,
  MEDIUM,
  LOW;

  public int rank() {
    return ordinal() + 1;
  }
}
