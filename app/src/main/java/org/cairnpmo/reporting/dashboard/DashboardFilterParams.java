package org.cairnpmo.reporting.dashboard;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * The dashboard's filters as the query parameters name them, bound by Spring MVC for the page, the
 * API and the portfolio exports. Kept as text so that {@link DashboardParams#read} can report every
 * value it cannot read against its parameter, rather than failing on the first one.
 */
public record DashboardFilterParams(
    @Parameter(description = "Department id") String department,
    @Parameter(description = "Project category, e.g. STRATEGIC") String category,
    @Parameter(description = "Manager's user id") String manager,
    @Parameter(description = "Current lifecycle phase, by name") String phase,
    @Parameter(
            description =
                "Project status (PROPOSED, ACTIVE, ON_HOLD, CLOSED, CANCELLED), several separated"
                    + " by commas, or ALL. Left out: every status in the API; the active portfolio"
                    + " (ACTIVE,ON_HOLD) on the dashboard page and its downloads")
        String status,
    @Parameter(description = "Overall rating of the latest report: GREEN, AMBER or RED") String rag,
    @Parameter(description = "true: only projects whose status report is stale") String stale) {}
