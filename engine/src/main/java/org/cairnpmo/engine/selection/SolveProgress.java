package org.cairnpmo.engine.selection;

import java.time.Duration;
import java.util.List;

/**
 * An improving solution reported during the search.
 *
 * @param objectiveValue value of the new best selection, in the caller's units
 * @param bestBound the best proven bound at that moment
 * @param gapPercent relative gap between the two, in percent
 * @param elapsed time since the solve started
 * @param selectedIds the new best selection
 * @param method which algorithm found it
 */
public record SolveProgress(
    double objectiveValue,
    double bestBound,
    double gapPercent,
    Duration elapsed,
    List<String> selectedIds,
    SolveMethod method) {

  public SolveProgress {
    selectedIds = List.copyOf(selectedIds);
  }
}
