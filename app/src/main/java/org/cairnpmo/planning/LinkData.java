package org.cairnpmo.planning;

import jakarta.validation.constraints.NotNull;

/**
 * A dependency as the planner writes it: predecessor and successor (tasks of the same plan), the
 * type (FS when null) and the lag: {@code lagValue} minutes (WORKING, ELAPSED) or percent of the
 * predecessor's duration (PERCENT), negative for a lead; 0 WORKING when null.
 */
public record LinkData(
    @NotNull(message = "Name the predecessor") Long predecessorId,
    @NotNull(message = "Name the successor") Long successorId,
    DependencyType type,
    Long lagValue,
    LagKind lagKind) {

  public static LinkData finishToStart(long predecessorId, long successorId) {
    return new LinkData(predecessorId, successorId, DependencyType.FS, 0L, LagKind.WORKING);
  }
}
