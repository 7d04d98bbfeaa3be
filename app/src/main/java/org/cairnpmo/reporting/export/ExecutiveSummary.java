package org.cairnpmo.reporting.export;

import java.time.Instant;
import java.util.List;
import org.cairnpmo.control.EscalatedItem;
import org.cairnpmo.governance.BoardView;
import org.cairnpmo.reporting.dashboard.DashboardRow;
import org.cairnpmo.reporting.dashboard.DashboardSummary;

/**
 * The portfolio on one page for the executive board: how many projects are red, amber and green,
 * the red ones that matter most and why, what projects escalated, the money, and what waits for the
 * governance board.
 *
 * @param headline the active portfolio's totals, or the first part the filters leave
 * @param others the other parts the filters take in (proposed, finished), each apart
 * @param escalations null when the reader may not see the portfolio's escalations
 * @param escalationCount all escalated risks and issues, of which {@code escalations} are the
 *     newest
 */
public record ExecutiveSummary(
    String filters,
    Part headline,
    List<Part> others,
    List<RedProject> red,
    long redCount,
    List<EscalatedItem> escalations,
    int escalationCount,
    List<BoardView.PendingReview> pending,
    int pendingCount,
    int overdueConditions,
    Instant generatedAt) {

  static final int TOP_RED = 5;
  static final int TOP_ESCALATIONS = 6;
  static final int TOP_PENDING = 6;

  /**
   * A red project and, in its manager's words from the latest report, why and what they ask for.
   */
  public record RedProject(DashboardRow row, String redOn, String reason, String ask) {}

  /**
   * The totals of one part of the selection, summed apart so that work under way is never mixed
   * with proposals or finished projects.
   */
  public record Part(String label, DashboardSummary summary) {}

  /** Every part, the headline first. */
  public List<Part> parts() {
    List<Part> all = new java.util.ArrayList<>(List.of(headline));
    all.addAll(others);
    return all;
  }

  /** The headline's totals: the active portfolio when the selection holds any of it. */
  public DashboardSummary summary() {
    return headline.summary();
  }

  /** A count as a share of all projects in the headline part, in whole percent. */
  public long percent(long count) {
    return summary().projects() == 0 ? 0 : Math.round(100.0 * count / summary().projects());
  }
}
