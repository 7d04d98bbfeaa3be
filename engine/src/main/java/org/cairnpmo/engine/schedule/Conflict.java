package org.cairnpmo.engine.schedule;

/** Something the plan asks that its dates cannot give; the schedule is still computed. */
public record Conflict(String taskId, Kind kind, String message) {

  public enum Kind {
    /** The links push a task past a no-later-than or must-on constraint, which is kept. */
    CONSTRAINT,
    /** The task finishes after its deadline. */
    DEADLINE,
    /** A manually scheduled task starts or finishes earlier than its links allow. */
    MANUAL_TASK
  }
}
