package org.cairnpmo.practices;

import org.cairnpmo.platform.Labelled;

/**
 * Where a lesson stands in the PMO's curation: new, reviewed, adopted into the way of working, or
 * merged into another lesson it duplicated.
 */
public enum LessonStatus implements Labelled {
  NEW,
  REVIEWED,
  ADOPTED,
  MERGED
}
