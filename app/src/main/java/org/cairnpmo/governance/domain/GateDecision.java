package org.cairnpmo.governance.domain;

import lombok.RequiredArgsConstructor;
import org.cairnpmo.platform.Labelled;

/** What a gate review decides. */
@RequiredArgsConstructor
public enum GateDecision implements Labelled {
  GO("The project passes the gate and enters the next phase."),
  GO_WITH_CONDITIONS(
      "The project passes the gate; named people must meet the conditions by their due dates."),
  HOLD("The project waits at the gate until a new review is requested."),
  RECYCLE("The project goes back into the same phase for rework."),
  KILL("The project stops here and is cancelled in the register.");

  private final String meaning;

  public String meaning() {
    return meaning;
  }

  /**
   * How grave the decision is for the project, for a board vote in which the gravest vote decides:
   * GO, then GO_WITH_CONDITIONS, HOLD (it waits), RECYCLE (it reworks the phase), KILL (it stops).
   */
  public int gravity() {
    return ordinal();
  }

  /** GO and GO_WITH_CONDITIONS let the project past the gate. */
  public boolean passes() {
    return this == GO || this == GO_WITH_CONDITIONS;
  }
}
