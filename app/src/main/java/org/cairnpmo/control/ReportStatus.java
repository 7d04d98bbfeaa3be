package org.cairnpmo.control;

import org.cairnpmo.platform.Labelled;

/** Where a status report is in its workflow: DRAFT → SUBMITTED → REVIEWED (or back to DRAFT). */
public enum ReportStatus implements Labelled {
  DRAFT,
  SUBMITTED,
  REVIEWED;

  /** Submitted or reviewed: the report counts as delivered for its period. */
  public boolean isDelivered() {
    return this != DRAFT;
  }
}
