package org.cairnpmo.engine.staffing;

/** How good a staffing proposal is known to be. */
public enum StaffingStatus {
  /** Proven best. */
  OPTIMAL,
  /** Breaks no rule; not proven best (time limit or cancellation). */
  FEASIBLE
}
