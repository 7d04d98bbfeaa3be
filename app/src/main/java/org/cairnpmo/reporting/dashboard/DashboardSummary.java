package org.cairnpmo.reporting.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The whole filtered set at a glance, every figure an SQL aggregate over the read model.
 *
 * @param unrated projects without a delivered status report
 * @param stale projects whose status report is stale (see {@link DashboardQuery#STALE_AFTER_DAYS})
 * @param staleBefore reports submitted before this day are stale
 * @param money budget (BAC) and actual cost to date per currency, largest budget first
 */
public record DashboardSummary(
    long projects,
    long red,
    long amber,
    long green,
    long unrated,
    long stale,
    LocalDate staleBefore,
    List<MoneyTotal> money) {

  /** Totals in one currency. */
  public record MoneyTotal(String currency, BigDecimal budget, BigDecimal actual, long projects) {}
}
