package org.cairnpmo.learning;

import org.cairnpmo.platform.Labelled;

/** Whether the organization gives a course itself or buys it from a provider. */
public enum CourseKind implements Labelled {
  INTERNAL,
  EXTERNAL
}
