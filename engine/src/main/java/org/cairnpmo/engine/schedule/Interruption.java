package org.cairnpmo.engine.schedule;

import java.time.LocalDateTime;

/**
 * A stretch of time in which a task is not worked although its calendar would allow it: MS
 * Project's split task. The task's work goes on after it, so its finish moves by its working time.
 */
public record Interruption(LocalDateTime from, LocalDateTime to) {

  public Interruption {
    if (from == null || to == null || !to.isAfter(from)) {
      throw new InvalidScheduleException("An interruption needs a start before its end");
    }
  }
}
