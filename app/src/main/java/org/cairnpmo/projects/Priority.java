package org.cairnpmo.projects;

import org.cairnpmo.platform.Labelled;

/** Relative importance; {@link #rank()} orders by importance, most important first. */
public enum Priority implements Labelled {
  CRITICAL,
  HIGH,
  MEDIUM,
  LOW;

  public int rank() {
    return ordinal() + 1;
  }
}
