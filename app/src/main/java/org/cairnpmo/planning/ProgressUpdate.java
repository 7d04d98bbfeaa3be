package org.cairnpmo.planning;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A progress update: the plan's new status date and what has been done of the tasks named (the
 * others keep their progress). The plan is then scheduled from the status date.
 */
public record ProgressUpdate(
    @NotNull(message = "Enter the status date") LocalDateTime statusDate,
    @Size(max = PlanLimits.MAX_TASKS, message = "At most one entry per task")
        List<@Valid TaskProgress> tasks) {

  public ProgressUpdate {
    tasks = tasks == null ? List.of() : List.copyOf(tasks);
  }
}
