package org.cairnpmo.reporting.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cairnpmo.control.Rag;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.reporting.dashboard.DashboardFilter;
import org.cairnpmo.reporting.dashboard.DashboardQuery.FilterOptions;
import org.cairnpmo.reporting.dashboard.DashboardSort;

/**
 * The dashboard's filters and sort, read from the same query parameters as the dashboard page and
 * its API (department, category, manager, phase, status, rag, stale, sort), so that an export link
 * carries exactly what the reader filtered. A value that cannot be read is refused, naming its
 * parameter: a document must never quietly cover more than was asked for.
 */
record PortfolioParams(DashboardFilter filter, DashboardSort sort) {

  static PortfolioParams read(
      String department,
      String category,
      String manager,
      String phase,
      String status,
      String rag,
      String stale,
      String sort) {
    List<FieldProblem> problems = new ArrayList<>();
    Long departmentId = id("department", department, problems);
    Long managerId = id("manager", manager, problems);
    ProjectCategory cat = choice("category", category, ProjectCategory.class, problems);
    ProjectStatus st = choice("status", status, ProjectStatus.class, problems);
    Rag r = choice("rag", rag, Rag.class, problems);
    boolean staleOnly = false;
    if (present(stale)) {
      String s = stale.strip().toLowerCase(Locale.ROOT);
      if (s.equals("true")) {
        staleOnly = true;
      } else if (!s.equals("false")) {
        problems.add(new FieldProblem("stale", "Use true or false."));
      }
    }
    DashboardSort order = DashboardSort.DEFAULT;
    try {
      order = DashboardSort.parse(sort);
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    String phaseName = present(phase) ? phase.strip() : null;
    if (phaseName != null && phaseName.length() > 120) {
      problems.add(new FieldProblem("phase", "A phase name has at most 120 characters."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new PortfolioParams(
        new DashboardFilter(departmentId, cat, managerId, phaseName, st, r, staleOnly), order);
  }

  /** The filters in words, for the document's subtitle: "Department: Finance; rating: Red". */
  String describe(FilterOptions options) {
    List<String> parts = new ArrayList<>();
    if (filter.departmentId() != null) {
      parts.add("department: " + name(options.departments(), filter.departmentId()));
    }
    if (filter.category() != null) {
      parts.add("category: " + filter.category().label());
    }
    if (filter.managerId() != null) {
      parts.add("manager: " + name(options.managers(), filter.managerId()));
    }
    if (filter.phase() != null) {
      parts.add("phase: " + filter.phase());
    }
    if (filter.status() != null) {
      parts.add("status: " + filter.status().label());
    }
    if (filter.rag() != null) {
      parts.add("overall rating: " + filter.rag().label());
    }
    if (filter.staleOnly()) {
      parts.add("stale reports only");
    }
    return parts.isEmpty()
        ? "Every project you may see"
        : "Projects with " + String.join("; ", parts);
  }

  private static String name(List<FilterOptions.Choice> choices, long id) {
    return choices.stream()
        .filter(c -> c.id() == id)
        .map(FilterOptions.Choice::name)
        .findFirst()
        .orElse("#" + id);
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }

  private static Long id(String name, String text, List<FieldProblem> problems) {
    if (!present(text)) {
      return null;
    }
    try {
      return Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(name, "Use the id of a " + name + "."));
      return null;
    }
  }

  private static <E extends Enum<E>> E choice(
      String name, String text, Class<E> type, List<FieldProblem> problems) {
    if (!present(text)) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> allowed = new ArrayList<>();
      for (E value : type.getEnumConstants()) {
        allowed.add(value.name());
      }
      problems.add(new FieldProblem(name, "Use one of " + String.join(", ", allowed) + "."));
      return null;
    }
  }
}
