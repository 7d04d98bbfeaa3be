package org.cairnpmo.planning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.cairnpmo.planning.BaselineTask;

/** What a baseline kept of one task. */
@Embeddable
public class BaselineSnapshot {

  private long taskId;

  @Column(name = "start_at")
  private LocalDateTime start;

  @Column(name = "finish_at")
  private LocalDateTime finish;

  private long durationMinutes;
  private long workMinutes;
  private BigDecimal cost;

  protected BaselineSnapshot() {}

  BaselineSnapshot(BaselineTask task) {
    taskId = task.taskId();
    start = task.start();
    finish = task.finish();
    durationMinutes = task.durationMinutes();
    workMinutes = task.workMinutes();
    cost = task.cost();
  }

  BaselineTask view() {
    return new BaselineTask(taskId, start, finish, durationMinutes, workMinutes, cost);
  }
}
