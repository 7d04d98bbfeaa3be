package org.cairnpmo.engine.selection;

/** Which algorithm produced a selection. */
public enum SolveMethod {
  /** OR-Tools CP-SAT (exact search, possibly stopped early). */
  CP_SAT,
  /** The genetic algorithm on the LP core (large problems without groups or prerequisites). */
  CORE_GENETIC,
  /** The greedy heuristic with local improvement. */
  GREEDY,
  /** No search ran: the rules were found contradictory up front. */
  DIAGNOSIS
}
