package org.cairnpmo.engine.schedule;

import java.time.LocalDateTime;

/** A constraint on a task's dates; {@code date} is null only for ASAP and ALAP. */
public record Constraint(ConstraintType type, LocalDateTime date) {

  public static final Constraint ASAP = new Constraint(ConstraintType.AS_SOON_AS_POSSIBLE, null);
  public static final Constraint ALAP = new Constraint(ConstraintType.AS_LATE_AS_POSSIBLE, null);

  public Constraint {
    if (type == null) {
      throw new InvalidScheduleException("A constraint needs a type");
    }
    if (type.needsDate() && date == null) {
      throw new InvalidScheduleException("A " + type + " constraint needs a date");
    }
    if (!type.needsDate()) {
      date = null;
    }
  }
}
