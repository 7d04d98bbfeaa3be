package org.cairnpmo.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.platform.Versioned;

/**
 * A status report as the caller may see it: ratings with the suggestion and the trend against the
 * project's previous report, its texts, its workflow history, and what the caller may do with it.
 */
public record StatusReportView(
    long id,
    long projectId,
    String projectCode,
    String projectName,
    LocalDate periodStart,
    LocalDate periodEnd,
    LocalDate dueDate,
    ReportStatus status,
    boolean overdue,
    boolean late,
    List<RatingView> ratings,
    String summary,
    String accomplishments,
    String nextSteps,
    String decisionsNeeded,
    String suggestionBasis,
    Instant submittedAt,
    String submittedBy,
    Instant reviewedAt,
    String reviewedBy,
    String reviewComment,
    List<EventView> events,
    long version,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy,
    boolean editable,
    boolean reviewable)
    implements Versioned.Entry {

  /**
   * One dimension: the chosen rating, the suggested one (null: none), the author's reason where
   * they differ, and the trend against the previous report's rating.
   */
  public record RatingView(
      RatingDimension dimension,
      Rag rating,
      Rag suggested,
      String reason,
      Rag previous,
      Trend trend) {

    public boolean overridden() {
      return suggested != null && rating != null && suggested != rating;
    }
  }

  /** A step of the report's workflow: who did what when, with their comment. */
  public record EventView(Instant at, String by, String action, String comment) {}

  public RatingView rating(RatingDimension dimension) {
    return ratings.stream().filter(r -> r.dimension() == dimension).findFirst().orElseThrow();
  }

  public Rag overall() {
    return rating(RatingDimension.OVERALL).rating();
  }

  public Trend overallTrend() {
    return rating(RatingDimension.OVERALL).trend();
  }
}
