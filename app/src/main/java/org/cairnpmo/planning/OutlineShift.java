package org.cairnpmo.planning;

/** A step of a task, with everything under it, in its plan's outline. */
public enum OutlineShift {
  /** Under the task right before it, as its last child: that task becomes a summary task. */
  INDENT,
  /** Out of its summary task, right after it. */
  OUTDENT
}
