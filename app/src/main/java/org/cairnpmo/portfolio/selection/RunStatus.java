package org.cairnpmo.portfolio.selection;

/** Where an optimizer run is. */
public enum RunStatus {
  QUEUED,
  RUNNING,
  DONE,
  FAILED,
  CANCELLED;

  public boolean finished() {
    return this != QUEUED && this != RUNNING;
  }
}
