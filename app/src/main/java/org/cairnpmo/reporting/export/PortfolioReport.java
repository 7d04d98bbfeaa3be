package org.cairnpmo.reporting.export;

import java.time.Instant;
import java.util.List;
import org.cairnpmo.reporting.dashboard.DashboardRow;
import org.cairnpmo.reporting.dashboard.DashboardSummary;

/**
 * Every visible project matching the dashboard's filters, in its order, with the totals of the
 * whole filtered set.
 *
 * @param rows at most the limit the document can hold, the first ones in the chosen order
 * @param filters the filters in words
 */
public record PortfolioReport(
    String filters,
    String sortedBy,
    DashboardSummary summary,
    List<DashboardRow> rows,
    Instant generatedAt) {

  /** Whether the filtered set has more projects than the document lists. */
  public boolean truncated() {
    return summary.projects() > rows.size();
  }
}
