package org.cairnpmo.practices.compliance;

import java.util.function.IntFunction;
import org.cairnpmo.platform.web.FormInput;
import org.cairnpmo.platform.web.PageNav;
import org.cairnpmo.projects.ProjectStatus;

/**
 * The compliance portfolio as its address asks for it, read leniently: an unknown status or order
 * is no filter and the default order, a score that is no number is no bound, and a score is kept
 * within 0 to 100.
 */
record PortfolioQuery(
    Long department,
    Long tier,
    String status,
    String min,
    String max,
    String sort,
    String dir,
    Integer page) {

  /** The page asked for; the first when none is. */
  int pageNumber() {
    return page == null ? 0 : page;
  }

  ComplianceFilter filter() {
    return new ComplianceFilter(
        department,
        tier,
        FormInput.choice(status, ProjectStatus.class, null),
        score(min),
        score(max));
  }

  /** The order asked for, by score when none or an unknown one is. */
  String order() {
    return sort != null && ComplianceService.ORDERS.containsKey(sort) ? sort : "score";
  }

  boolean descending() {
    return "desc".equalsIgnoreCase(dir);
  }

  String direction() {
    return descending() ? "desc" : "asc";
  }

  /** The address of another page of the same view. */
  IntFunction<String> link() {
    return PageNav.link(
        "/practices/compliance",
        "department",
        department,
        "tier",
        tier,
        "status",
        status,
        "min",
        score(min),
        "max",
        score(max),
        "sort",
        order(),
        "dir",
        direction());
  }

  /** A score as typed, kept within 0 to 100; anything else is no bound. */
  private static Integer score(String value) {
    if (FormInput.blank(value)) {
      return null;
    }
    try {
      return Math.max(0, Math.min(100, Integer.parseInt(value.trim())));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
