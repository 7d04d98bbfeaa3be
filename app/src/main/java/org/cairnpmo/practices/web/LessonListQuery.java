package org.cairnpmo.practices.web;

import java.util.function.IntFunction;
import org.cairnpmo.platform.web.FormInput;
import org.cairnpmo.platform.web.PageNav;
import org.cairnpmo.practices.LessonCategory;
import org.cairnpmo.practices.LessonStatus;
import org.cairnpmo.practices.domain.LessonFilter;

/**
 * The list of lessons as its address asks for it, read leniently: an unknown category or status is
 * no filter, blank text is none.
 */
record LessonListQuery(
    String category,
    String phase,
    String tag,
    Long department,
    String q,
    String status,
    Integer page) {

  /** The page asked for; the first when none is. */
  int pageNumber() {
    return page == null ? 0 : page;
  }

  LessonFilter filter() {
    return new LessonFilter(
        FormInput.choice(category, LessonCategory.class, null),
        FormInput.trimmed(phase),
        FormInput.trimmed(tag),
        department,
        FormInput.trimmed(q),
        FormInput.choice(status, LessonStatus.class, null),
        null);
  }

  /** The address of another page of the same list. */
  IntFunction<String> link() {
    return PageNav.link(
        "/practices/lessons",
        "category",
        category,
        "phase",
        phase,
        "tag",
        tag,
        "department",
        department,
        "q",
        q,
        "status",
        status);
  }
}
