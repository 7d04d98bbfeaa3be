package org.cairnpmo.engine.schedule;

import java.time.LocalDateTime;

/**
 * What has been done of a task: its percent complete (of its duration) and its actual dates. A task
 * is started when it has an actual start, finished when it has an actual finish.
 */
public record Progress(
    double percentComplete, LocalDateTime actualStart, LocalDateTime actualFinish) {

  public static final Progress NONE = new Progress(0, null, null);

  public Progress {
    if (Double.isNaN(percentComplete) || percentComplete < 0 || percentComplete > 100) {
      throw new InvalidScheduleException(
          "Percent complete must be between 0 and 100, not " + percentComplete);
    }
    if (actualFinish != null && actualStart == null) {
      throw new InvalidScheduleException("An actual finish needs an actual start");
    }
    if (actualFinish != null && actualFinish.isBefore(actualStart)) {
      throw new InvalidScheduleException(
          "The actual finish " + actualFinish + " is before the actual start " + actualStart);
    }
  }

  public static Progress started(LocalDateTime actualStart, double percentComplete) {
    return new Progress(percentComplete, actualStart, null);
  }

  public static Progress finished(LocalDateTime actualStart, LocalDateTime actualFinish) {
    return new Progress(100, actualStart, actualFinish);
  }

  public boolean isStarted() {
    return actualStart != null;
  }

  public boolean isFinished() {
    return actualFinish != null;
  }
}
