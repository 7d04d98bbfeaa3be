package org.cairnpmo.reporting.export;

import java.util.ArrayList;
import java.util.List;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.reporting.dashboard.DashboardFilter;
import org.cairnpmo.reporting.dashboard.DashboardFilterParams;
import org.cairnpmo.reporting.dashboard.DashboardPagingParams;
import org.cairnpmo.reporting.dashboard.DashboardParams;
import org.cairnpmo.reporting.dashboard.DashboardQuery.FilterOptions;
import org.cairnpmo.reporting.dashboard.DashboardSort;

/**
 * The dashboard's filters and sort, read from the same query parameters as the dashboard page and
 * its API (department, category, manager, phase, status, rag, stale, sort), so that an export link
 * carries exactly what the reader filtered. A value that cannot be read is refused, naming its
 * parameter: a document must never quietly cover more than was asked for.
 */
record PortfolioParams(DashboardFilter filter, DashboardSort sort) {

  /** As the API reads them: without a status, every status. */
  static PortfolioParams read(DashboardFilterParams filter, String sort) {
    return of(DashboardParams.read(filter, DashboardPagingParams.sortedBy(sort)));
  }

  /** As the dashboard page reads them: without a status, the active portfolio. */
  static PortfolioParams readPage(DashboardFilterParams filter, String sort) {
    return of(DashboardParams.readPage(filter, DashboardPagingParams.sortedBy(sort)));
  }

  private static PortfolioParams of(DashboardParams params) {
    params.orRefuse();
    return new PortfolioParams(params.filter(), params.sort());
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
    if (filter.isActivePortfolio()) {
      parts.add("status: active or on hold (the active portfolio)");
    } else if (!filter.statuses().isEmpty()) {
      parts.add(
          "status: "
              + String.join(
                  " or ", filter.orderedStatuses().stream().map(ProjectStatus::label).toList()));
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
}
