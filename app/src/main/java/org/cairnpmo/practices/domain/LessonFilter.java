package org.cairnpmo.practices.domain;

import org.cairnpmo.practices.LessonCategory;
import org.cairnpmo.practices.LessonStatus;

/**
 * What a list of lessons is narrowed to; every part optional. {@code text}: contained in the title
 * or any of the texts, ignoring case. {@code status}: merged lessons are left out unless asked for.
 */
public record LessonFilter(
    LessonCategory category,
    String phase,
    String tag,
    Long departmentId,
    String text,
    LessonStatus status,
    Boolean positive) {

  public static LessonFilter none() {
    return new LessonFilter(null, null, null, null, null, null, null);
  }
}
