package org.cairnpmo.planning;

import jakarta.validation.constraints.Min;

/**
 * Where a task goes in the outline: under {@code parentId} (top level when null), at {@code
 * position} among its siblings counted from 0 (last when null or beyond the end).
 */
public record TaskPlacement(
    Long parentId, @Min(value = 0, message = "Positions count from 0") Integer position) {

  public static final TaskPlacement LAST_AT_TOP = new TaskPlacement(null, null);

  public static TaskPlacement lastUnder(Long parentId) {
    return new TaskPlacement(parentId, null);
  }
}
