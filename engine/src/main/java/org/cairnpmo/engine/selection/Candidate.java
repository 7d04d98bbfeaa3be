package org.cairnpmo.engine.selection;

import java.util.Map;
import java.util.Objects;

/**
 * A project that may be selected.
 *
 * @param id unique identifier (the caller's project id or code)
 * @param value what selecting it is worth, in the caller's units (score, NPV, a weighted mix); may
 *     be fractional or negative
 * @param usage resource use per dimension name; a dimension that is absent counts as zero
 */
public record Candidate(String id, double value, Map<String, Double> usage) {

  public Candidate {
    Objects.requireNonNull(id, "id");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value of " + id + " must be finite");
    }
    usage = Map.copyOf(usage);
    usage.forEach(
        (dimension, amount) -> {
          if (amount == null || !Double.isFinite(amount) || amount < 0) {
            throw new IllegalArgumentException(
                "usage of " + id + " in " + dimension + " must be finite and >= 0");
          }
        });
  }

  /** Use of {@code dimension}, zero when absent. */
  public double usageOf(String dimension) {
    return usage.getOrDefault(dimension, 0.0);
  }
}
