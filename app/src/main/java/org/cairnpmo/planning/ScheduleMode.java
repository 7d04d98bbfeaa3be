package org.cairnpmo.planning;

import lombok.RequiredArgsConstructor;
import org.cairnpmo.platform.Labelled;

/**
 * Whose conventions the plan is scheduled by where MS Project and Primavera differ (tasks as late
 * as possible, the calendar of a lag); see {@code org.cairnpmo.engine.schedule.Rules}.
 */
@RequiredArgsConstructor
public enum ScheduleMode implements Labelled {
  MS_PROJECT("MS Project"),
  PRIMAVERA("Primavera P6");

  private final String label;

  @Override
  public String label() {
    return label;
  }
}
