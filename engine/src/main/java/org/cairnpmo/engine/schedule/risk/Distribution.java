package org.cairnpmo.engine.schedule.risk;

/** The shape of a task's duration between its optimistic and pessimistic estimates. */
public enum Distribution {
  /**
   * Triangular: straight lines from the optimistic up to the most likely and down to the
   * pessimistic.
   */
  TRIANGULAR,
  /**
   * PERT-beta: a beta distribution with mean (optimistic + 4 × most likely + pessimistic) / 6,
   * which puts less weight on the extremes than the triangular one.
   */
  PERT
}
