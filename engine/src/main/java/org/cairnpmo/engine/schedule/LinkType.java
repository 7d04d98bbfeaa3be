package org.cairnpmo.engine.schedule;

/** How the predecessor's start or finish drives the successor's start or finish. */
public enum LinkType {
  FINISH_TO_START,
  START_TO_START,
  FINISH_TO_FINISH,
  START_TO_FINISH;

  boolean fromPredecessorStart() {
    return this == START_TO_START || this == START_TO_FINISH;
  }

  boolean toSuccessorFinish() {
    return this == FINISH_TO_FINISH || this == START_TO_FINISH;
  }
}
