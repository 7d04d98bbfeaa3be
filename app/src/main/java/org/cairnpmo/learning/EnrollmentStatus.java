package org.cairnpmo.learning;

import java.util.EnumSet;
import java.util.Set;
import org.cairnpmo.platform.Labelled;

/**
 * Where one person's place on a session stands. A request waits for the line manager and already
 * holds its seat; a declined or cancelled enrollment holds none, nor does one on the wait list.
 */
public enum EnrollmentStatus implements Labelled {
  WAITLISTED,
  REQUESTED,
  APPROVED,
  CONFIRMED,
  ATTENDED,
  COMPLETED,
  DECLINED,
  CANCELLED;

  /** The statuses that hold a seat of the session. */
  public static final Set<EnrollmentStatus> HOLDING_A_SEAT =
      EnumSet.of(REQUESTED, APPROVED, CONFIRMED, ATTENDED, COMPLETED);

  /** The statuses after which nothing changes any more. */
  public boolean isFinal() {
    return this == COMPLETED || this == DECLINED || this == CANCELLED;
  }

  public boolean holdsASeat() {
    return HOLDING_A_SEAT.contains(this);
  }
}
