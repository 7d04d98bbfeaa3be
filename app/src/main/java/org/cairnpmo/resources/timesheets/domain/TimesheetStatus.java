package org.cairnpmo.resources.timesheets.domain;

/** Where a week stands: only a draft changes, and an approved week is locked for good. */
public enum TimesheetStatus {
  DRAFT("Draft"),
  SUBMITTED("Submitted"),
  APPROVED("Approved");

  private final String label;

  TimesheetStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
