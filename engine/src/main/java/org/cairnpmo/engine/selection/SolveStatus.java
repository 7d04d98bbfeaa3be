package org.cairnpmo.engine.selection;

/** How good the returned selection is known to be. */
public enum SolveStatus {
  /** Proven best. */
  OPTIMAL,
  /** Satisfies every rule; not proven best (time limit, cancellation, or heuristic). */
  FEASIBLE,
  /** No selection satisfies the rules; see {@link SelectionResult#conflicts()}. */
  INFEASIBLE
}
