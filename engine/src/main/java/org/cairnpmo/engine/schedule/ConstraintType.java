package org.cairnpmo.engine.schedule;

/** MS Project's eight constraint types. All but the first two carry a date. */
public enum ConstraintType {
  AS_SOON_AS_POSSIBLE,
  AS_LATE_AS_POSSIBLE,
  START_NO_EARLIER_THAN,
  START_NO_LATER_THAN,
  FINISH_NO_EARLIER_THAN,
  FINISH_NO_LATER_THAN,
  MUST_START_ON,
  MUST_FINISH_ON;

  boolean needsDate() {
    return this != AS_SOON_AS_POSSIBLE && this != AS_LATE_AS_POSSIBLE;
  }

  /** A limit the links may push a task past: that is a conflict, not a new date. */
  boolean isUpperLimit() {
    return this == START_NO_LATER_THAN
        || this == FINISH_NO_LATER_THAN
        || this == MUST_START_ON
        || this == MUST_FINISH_ON;
  }
}
