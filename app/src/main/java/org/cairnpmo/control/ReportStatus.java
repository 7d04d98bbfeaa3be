package org.cairnpmo.control;

/** Where a status report is in its workflow: DRAFT → SUBMITTED → REVIEWED (or back to DRAFT). */
public enum ReportStatus {
  DRAFT("Draft"),
  SUBMITTED("Submitted"),
  REVIEWED("Reviewed");

  private final String label;

  ReportStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Submitted or reviewed: the report counts as delivered for its period. */
  public boolean isDelivered() {
    return this != DRAFT;
  }
}
