package org.cairnpmo.engine.staffing;

import java.time.Duration;

/**
 * An improving proposal reported during the search.
 *
 * @param objectiveValue Σ priority × fit of the new best proposal
 * @param bestBound the best proven bound at that moment
 * @param gapPercent relative gap between the two, in percent
 * @param elapsed time since the solve started
 * @param assigned how many requests the proposal staffs
 * @param method which algorithm found it
 */
public record StaffingProgress(
    double objectiveValue,
    double bestBound,
    double gapPercent,
    Duration elapsed,
    int assigned,
    StaffingMethod method) {}
