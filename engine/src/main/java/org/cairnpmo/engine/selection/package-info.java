/**
 * Portfolio selection: choose the subset of candidate projects with the highest total value that
 * fits every resource limit (budget, capex, capacity per role and period, ...) and respects the
 * side rules people state (must include, must exclude, mutually exclusive alternatives,
 * prerequisites).
 *
 * <p>Entry points:
 *
 * <ul>
 *   <li>{@link org.cairnpmo.engine.selection.PortfolioSelector} — exact search with OR-Tools CP-SAT
 *       under a time limit, seeded by the greedy heuristic and the LP relaxation; falls back to the
 *       greedy answer if CP-SAT finds nothing in time.
 *   <li>{@link org.cairnpmo.engine.selection.GreedySelector} — fast ratio heuristic with repair and
 *       local improvement; always feasible when the problem is.
 *   <li>{@link org.cairnpmo.engine.selection.LpRelaxation} — the linear relaxation (GLOP): an upper
 *       bound and dual prices per dimension.
 *   <li>{@link org.cairnpmo.engine.selection.EfficientFrontier} — best value at each budget level
 *       and which projects enter or leave between levels.
 * </ul>
 *
 * <p>Usage must be non-negative. That keeps every rule except "must include" and "prerequisite"
 * downward closed, so a problem is feasible exactly when the must-include projects plus their
 * prerequisites fit; {@link org.cairnpmo.engine.selection.PortfolioSelector} therefore reports
 * every infeasible problem with the conflicting rules, without search.
 */
package org.cairnpmo.engine.selection;
