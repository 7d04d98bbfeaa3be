package org.cairnpmo.control;

import java.time.LocalDate;
import java.util.List;

/**
 * The rating a project's overview leads with: the overall rating of its latest delivered report,
 * how old it is, whether it is stale (older than one reporting period of the project and the days
 * its next report has after that period: its cadence, or 92 days, the longest report, without one)
 * and what the current figures suggest, through the PMO's rating rules, where that differs.
 *
 * @param reported the latest delivered report's overall rating; null before the first report
 * @param asOf the last day of the period that report covers, the day its rating speaks of (a report
 *     written late is no fresher); null before the first report
 * @param daysAgo how many days ago that was (0: today)
 * @param stale whether the reported rating is older than one reporting period
 * @param reportingPeriod the project's reporting cadence in words ("Monthly"), null without one
 * @param suggested what the rules suggest overall from today's figures; null where no rule applies
 * @param figures the figures behind {@code suggested}, as people read them ("CPI 0.82")
 */
public record RatingHeadline(
    long projectId,
    Rag reported,
    LocalDate asOf,
    long daysAgo,
    boolean stale,
    String reportingPeriod,
    Rag suggested,
    List<String> figures) {

  public RatingHeadline {
    figures = List.copyOf(figures);
  }

  /** Whether the project has delivered a report at all. */
  public boolean hasReport() {
    return asOf != null;
  }

  /** Whether the figures suggest another rating than the one reported. */
  public boolean figuresDisagree() {
    return suggested != null && suggested != reported;
  }

  /** How long ago the rating was reported: "today", "3 days ago", "9 weeks ago". */
  public String age() {
    if (daysAgo <= 0) {
      return "today";
    }
    if (daysAgo < 14) {
      return daysAgo == 1 ? "yesterday" : daysAgo + " days ago";
    }
    return daysAgo / 7 + " weeks ago";
  }

  /** When a report is old, "Figures suggest Red: CPI 0.82" says why it may no longer hold. */
  public String suggestion() {
    if (suggested == null) {
      return null;
    }
    String because = figures.isEmpty() ? "" : ": " + String.join(", ", figures);
    return "Figures suggest " + suggested.label() + because;
  }
}
