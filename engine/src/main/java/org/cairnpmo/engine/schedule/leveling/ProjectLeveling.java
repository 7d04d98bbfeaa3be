package org.cairnpmo.engine.schedule.leveling;

import java.util.List;
import org.cairnpmo.engine.schedule.Schedule;

/**
 * One project of portfolio leveling: its plan before and after, how much later it finishes (working
 * minutes of its calendar), the delay of every task that moved, and the tasks kept where they were
 * because moving them would have delayed them (or a successor) by more than the project's limit.
 */
public record ProjectLeveling(
    String key,
    Schedule before,
    Schedule leveled,
    long finishDelayMinutes,
    List<TaskDelay> delays,
    List<String> heldByLimit) {

  public ProjectLeveling {
    delays = List.copyOf(delays);
    heldByLimit = List.copyOf(heldByLimit);
  }
}
