package org.cairnpmo.reporting.dashboard;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * The dashboard table's sort and page as the query parameters name them. Apart from {@link
 * DashboardFilterParams} because the summaries take only the filters and ignore these.
 */
public record DashboardPagingParams(
    @Parameter(
            description =
                "Column and direction, e.g. 'spi,desc'. Columns: code, name, department,"
                    + " manager, phase, status, overall, schedule, cost, scope, resources, risk,"
                    + " milestone, slip, burn, spi, cpi, lastReport, budget, value, exposure,"
                    + " plannedStart, plannedFinish")
        String sort,
    @Parameter(description = "Page number, from 0") String page,
    @Parameter(description = "Page size, 1 to 200 (default 50)") String size) {

  /** The default sort, the first page, the default size. */
  public static DashboardPagingParams none() {
    return new DashboardPagingParams(null, null, null);
  }

  /** Sorted, unpaged: what an export reads. */
  public static DashboardPagingParams sortedBy(String sort) {
    return new DashboardPagingParams(sort, null, null);
  }
}
