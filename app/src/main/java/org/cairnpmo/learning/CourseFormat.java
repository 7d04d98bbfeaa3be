package org.cairnpmo.learning;

import org.cairnpmo.platform.Labelled;

/** How a course is given. */
public enum CourseFormat implements Labelled {
  CLASSROOM,
  ONLINE,
  SELF_PACED,
  ON_THE_JOB
}
