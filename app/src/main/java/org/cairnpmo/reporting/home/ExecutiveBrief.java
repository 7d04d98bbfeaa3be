package org.cairnpmo.reporting.home;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.control.Rag;
import org.cairnpmo.governance.BoardView;
import org.cairnpmo.reporting.dashboard.DashboardRow;

/**
 * What an executive asks first, for the active portfolio (active and on-hold projects): which
 * projects are in trouble and why, where the money stands, what waits for their decision, and how
 * all of that moved since a month ago.
 *
 * @param troubled the red projects, then the amber ones, largest budget first within each
 * @param troubledCount every red or amber project, of which {@code troubled} are the first
 * @param money one line per currency
 * @param decisions the gate reviews on the board this executive may decide, longest waiting first
 * @param decisionCount all of them
 * @param since the day "a month ago" stands for
 */
public record ExecutiveBrief(
    long projects,
    List<Troubled> troubled,
    long troubledCount,
    List<Money> money,
    List<BoardView.PendingReview> decisions,
    int decisionCount,
    Ratings now,
    Ratings monthAgo,
    LocalDate since) {

  /** Projects shown per list; the dashboard has the rest. */
  static final int SHOWN = 8;

  public boolean isEmpty() {
    return projects == 0;
  }

  /**
   * A red or amber project and why, in its manager's words from the latest status report.
   *
   * @param reasons "Schedule: the vendor withdrew", one per dimension rated red or amber
   */
  public record Troubled(DashboardRow row, String summary, List<String> reasons) {

    public Rag rag() {
      return row.overall().rag();
    }
  }

  /**
   * Money of the active portfolio in one currency.
   *
   * @param budget budget at completion
   * @param actual actual cost to date
   * @param actualMonthAgo actual cost booked for the months before the month of {@code since}
   * @param forecast forecast at completion: what the projects will have cost when they finish
   */
  public record Money(
      String currency,
      BigDecimal budget,
      BigDecimal actual,
      BigDecimal actualMonthAgo,
      BigDecimal forecast,
      long projects) {

    /** Forecast minus budget: positive is an overrun. */
    public BigDecimal variance() {
      return forecast.subtract(budget);
    }

    public BigDecimal spentSince() {
      return actual.subtract(actualMonthAgo);
    }
  }

  /** How many projects of the active portfolio were rated red, amber, green, or not at all. */
  public record Ratings(long red, long amber, long green, long unrated) {}
}
