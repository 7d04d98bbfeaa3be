package org.cairnpmo.planning;

import org.cairnpmo.platform.Versioned;

/**
 * A change to a plan and the scheduling run that followed it: {@code result} is what was added or
 * changed (null after a deletion), {@code schedule} what moved. The version is the plan's new one.
 */
public record PlanEdit<T>(T result, ScheduleResult schedule) implements Versioned {

  @Override
  public long version() {
    return schedule.version();
  }
}
