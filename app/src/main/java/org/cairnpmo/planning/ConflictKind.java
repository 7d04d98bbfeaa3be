package org.cairnpmo.planning;

import org.cairnpmo.platform.Labelled;

/** Why a task's dates cannot be what the plan asks. */
public enum ConflictKind implements Labelled {
  /** Links push the task past a no-later-than or must-on constraint; the constraint is kept. */
  CONSTRAINT,
  /** The task finishes after its deadline. */
  DEADLINE,
  /** A manually scheduled task is earlier than its links allow. */
  MANUAL_TASK
}
