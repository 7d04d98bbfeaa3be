package org.cairnpmo.learning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.learning.domain.CultureDashboard;
import org.cairnpmo.learning.domain.CultureViews.BudgetData;
import org.cairnpmo.learning.domain.CultureViews.Dashboard;
import org.cairnpmo.learning.domain.CultureViews.Spend;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Learning: culture dashboard",
    description =
        "The PMO's figures of the common project culture: certified project managers, training"
            + " hours, completion, certifications expiring within 90 days, competency gaps by"
            + " department, training spend against the year's budget. PMO and administrators.")
@RestController
record CultureApiController(CultureDashboard dashboard) {

  @Operation(summary = "The dashboard of a year (this year when absent), for all or a department")
  @GetMapping("/api/v1/learning/dashboard")
  Dashboard dashboard(
      @Parameter(description = "The year") @RequestParam(required = false) Integer year,
      @Parameter(description = "One department's people only") @RequestParam(required = false)
          Long departmentId,
      CurrentUser viewer) {
    return dashboard.dashboard(year, departmentId, viewer);
  }

  @Operation(
      summary = "Set the training budget of a year (PMO)",
      description =
          "A change of a budget set before may name its version ('version'): 409 when stale.")
  @PutMapping("/api/v1/learning/budgets/{year}")
  Spend budget(@PathVariable int year, @Valid @RequestBody BudgetData data, CurrentUser by) {
    return dashboard.setBudget(year, data, by);
  }
}
