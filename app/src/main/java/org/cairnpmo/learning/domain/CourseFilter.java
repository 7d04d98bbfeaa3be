package org.cairnpmo.learning.domain;

import org.cairnpmo.learning.CourseFormat;

/**
 * What the catalog is narrowed to; every part may be null. {@code upcoming}: only courses with a
 * session still to start. {@code q}: text the title contains, ignoring case.
 */
public record CourseFilter(CourseFormat format, String language, Boolean upcoming, String q) {

  public static CourseFilter none() {
    return new CourseFilter(null, null, null, null);
  }
}
