package org.cairnpmo.engine.schedule.leveling;

/** How hard the leveler works. */
public enum LevelingMode {
  /**
   * Priority-rule lists, sampling, forward-backward improvement and a genetic algorithm within the
   * budget: fast enough to use while editing a plan, and priorities are always honoured.
   */
  HEURISTIC,
  /**
   * The heuristic first, then CP-SAT from its solution for the rest of the time limit: the shortest
   * finish it can find, with a lower bound and a proof of optimality when it gets one. Priorities
   * only order the hint; the shortest finish comes first.
   */
  OPTIMIZE
}
