package org.cairnpmo.engine.selection;

/**
 * How much of one dimension a selection uses.
 *
 * @param dimension the dimension name
 * @param used total use by the selected candidates
 * @param capacity the limit
 */
public record DimensionUsage(String dimension, double used, double capacity) {

  /** Capacity left over (negative only for an infeasible selection). */
  public double slack() {
    return capacity - used;
  }

  /** Used share of capacity in percent; 0 when capacity and use are both zero. */
  public double utilizationPercent() {
    if (capacity == 0) {
      return used == 0 ? 0 : Double.POSITIVE_INFINITY;
    }
    return used / capacity * 100.0;
  }
}
