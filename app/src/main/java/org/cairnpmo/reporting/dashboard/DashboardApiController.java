package org.cairnpmo.reporting.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.PageResponse;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Portfolio dashboard",
    description =
        "Every project's status at a glance, as the caller may see it: ratings with trends, phase,"
            + " next milestone, budget burn, SPI/CPI and last report, filtered and sorted; the"
            + " aggregates of the filtered set; a full rebuild of the figures (PMO, administrators).")
@RestController
@RequestMapping("/api/v1/portfolio/dashboard")
record DashboardApiController(DashboardQuery dashboard, DashboardRefresh refresh) {

  @Operation(
      operationId = "portfolioDashboard",
      summary = "The dashboard's rows, one per project, paged",
      description =
          "Same filters as the /dashboard page. A confidential project appears only to its members"
              + " and to PMO, executives and administrators. Ratings are those of the latest"
              + " submitted or reviewed report; 'stale' marks an active project without a report"
              + " in the last "
              + DashboardQuery.STALE_AFTER_DAYS
              + " days. An undefined SPI or CPI is null. Invalid parameters answer 400 naming"
              + " them.")
  @GetMapping
  PageResponse<DashboardRow> rows(
      @ParameterObject DashboardFilterParams filter,
      @ParameterObject DashboardPagingParams paging,
      CurrentUser viewer) {
    DashboardParams p = DashboardParams.read(filter, paging).orRefuse();
    DashboardPage result = dashboard.page(p.filter(), p.sort(), p.page(), p.size(), viewer);
    return new PageResponse<>(
        result.rows(), result.page(), result.size(), result.totalElements(), result.totalPages());
  }

  @Operation(
      operationId = "portfolioDashboardSummary",
      summary = "The aggregates of the filtered projects",
      description =
          "Counts by overall rating, stale reports, budget and actual cost per currency, budget"
              + " against actuals by month, and the value/risk bubbles (the "
              + DashboardQuery.MAX_BUBBLES
              + " largest budgets). Same filters as the rows.")
  @GetMapping("/summary")
  DashboardOverview summary(@ParameterObject DashboardFilterParams filter, CurrentUser viewer) {
    DashboardParams p = DashboardParams.read(filter).orRefuse();
    return new DashboardOverview(
        dashboard.summary(p.filter(), viewer),
        dashboard.months(p.filter(), viewer),
        dashboard.bubbles(p.filter(), DashboardQuery.MAX_BUBBLES, viewer),
        DashboardQuery.MAX_BUBBLES);
  }

  @Operation(
      operationId = "rebuildPortfolioDashboard",
      summary = "Recompute every project's dashboard figures (PMO and administrators)",
      description =
          "The figures are kept current from every change; a rebuild is for after a bulk load or"
              + " a renamed department or person. Answers how many projects were written and how"
              + " long it took.")
  @PostMapping("/rebuild")
  DashboardRefresh.Outcome rebuild(CurrentUser viewer) {
    if (!viewer.governsAllProjects()) {
      throw new AccessDeniedException("Only the PMO and administrators rebuild the dashboard");
    }
    return refresh.rebuildAll();
  }
}
