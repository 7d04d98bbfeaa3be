package org.cairnpmo.governance.domain;

import lombok.RequiredArgsConstructor;

/** Where one gate of a project's lifecycle stands. */
@RequiredArgsConstructor
public enum GateStatus {
  /** A later phase's gate: not reached yet. */
  PENDING("Not reached"),
  /** The current phase: work goes on, the manager prepares the checklist. */
  OPEN("In progress"),
  /** The manager asked for a decision; the board has not decided yet. */
  REVIEW_REQUESTED("Awaiting decision"),
  /** Decided HOLD: the project waits at the gate until a new review is requested. */
  ON_HOLD("On hold"),
  /** Decided GO or GO_WITH_CONDITIONS. */
  PASSED("Passed"),
  /**
   * Passed before the project was placed on the lifecycle (before Cairn, or at the approval of its
   * proposal): on record, with no review.
   */
  PASSED_ON_RECORD("Passed on record"),
  /** Decided KILL. */
  KILLED("Killed");

  private final String label;

  public String label() {
    return label;
  }

  /** The project is past this gate, by a decision or on record. */
  public boolean passed() {
    return this == PASSED || this == PASSED_ON_RECORD;
  }
}
