package org.cairnpmo.planning.imports;

import java.time.LocalDateTime;
import org.cairnpmo.planning.TaskConstraint;
import org.mpxj.Duration;
import org.mpxj.Task;

/**
 * A task MS Project's leveler delayed (its Leveling Delay), kept as Cairn's own leveling keeps a
 * delay: a start no earlier than the leveled start the file stores. Without it the import would
 * drop the delay and schedule the task as soon as its links allow, before MS Project's date.
 */
record LeveledStart(LocalDateTime start) {

  /**
   * The leveled start of a task that has a leveling delay and would otherwise start as early as
   * possible (or no earlier than a date); null for any other task, whose own dates or constraint
   * win.
   */
  static LeveledStart of(Task task, TaskConstraint constraint, boolean fixed) {
    Duration delay = task.getLevelingDelay();
    boolean leveled = delay != null && delay.getDuration() > 0;
    boolean movable = constraint == null || constraint == TaskConstraint.START_NO_EARLIER_THAN;
    if (!leveled || !movable || fixed || task.getStart() == null) {
      return null;
    }
    return new LeveledStart(task.getStart());
  }

  String warning(String taskName) {
    return "Task '"
        + taskName
        + "': MS Project's leveling delayed it; it keeps its leveled start as a start no earlier"
        + " than "
        + start.toString().replace('T', ' ')
        + ".";
  }
}
