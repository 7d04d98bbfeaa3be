package org.cairnpmo.engine.staffing;

/** Which algorithm produced a staffing proposal. */
public enum StaffingMethod {
  /** OR-Tools CP-SAT, possibly stopped early. */
  CP_SAT,
  /** Highest priority first, each request to the best-fitting person with room. */
  GREEDY
}
