package org.cairnpmo.planning;

import org.cairnpmo.platform.Labelled;

/**
 * A task that takes time, or a milestone (a point in time, no duration). Summary = has children.
 */
public enum TaskKind implements Labelled {
  TASK,
  MILESTONE
}
