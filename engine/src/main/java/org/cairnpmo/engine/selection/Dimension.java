package org.cairnpmo.engine.selection;

import java.util.Objects;

/**
 * A limited resource, e.g. "budget 2027" or "capacity Developer 2027-Q2".
 *
 * @param name unique name, referenced by {@link Candidate#usage()}
 * @param capacity the most the selected candidates may use together
 */
public record Dimension(String name, double capacity) {

  public Dimension {
    Objects.requireNonNull(name, "name");
    if (!Double.isFinite(capacity) || capacity < 0) {
      throw new IllegalArgumentException("capacity of " + name + " must be finite and >= 0");
    }
  }
}
