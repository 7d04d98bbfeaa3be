package org.cairnpmo.planning;

import org.cairnpmo.platform.Labelled;

/**
 * Whose conventions the plan is scheduled by where MS Project and Primavera differ (tasks as late
 * as possible, the calendar of a lag); see {@code org.cairnpmo.engine.schedule.Rules}.
 */
public enum ScheduleMode implements Labelled {
  MS_PROJECT("MS Project"),
  PRIMAVERA("Primavera P6");

  private final String label;

  ScheduleMode(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
