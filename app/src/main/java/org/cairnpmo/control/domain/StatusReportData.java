package org.cairnpmo.control.domain;

import static org.cairnpmo.control.RatingDimension.COST;
import static org.cairnpmo.control.RatingDimension.OVERALL;
import static org.cairnpmo.control.RatingDimension.RESOURCES;
import static org.cairnpmo.control.RatingDimension.RISK;
import static org.cairnpmo.control.RatingDimension.SCHEDULE;
import static org.cairnpmo.control.RatingDimension.SCOPE;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.function.Function;
import org.cairnpmo.control.Rag;
import org.cairnpmo.control.RatingDimension;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A status report as its author writes it. A draft may be incomplete; submitting needs every
 * rating, a summary, and a reason wherever a rating differs from the suggested one. On a project
 * with a cadence the period is the cadence period that contains {@code periodStart} ({@code
 * periodEnd} is then ignored); without one both ends are needed. For a change, {@code version} is
 * the version that was read.
 */
public record StatusReportData(
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodStart,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodEnd,
    Rag overall,
    Rag schedule,
    Rag cost,
    Rag scope,
    Rag resources,
    Rag risk,
    @Size(max = 1000, message = "At most 1000 characters") String overallReason,
    @Size(max = 1000, message = "At most 1000 characters") String scheduleReason,
    @Size(max = 1000, message = "At most 1000 characters") String costReason,
    @Size(max = 1000, message = "At most 1000 characters") String scopeReason,
    @Size(max = 1000, message = "At most 1000 characters") String resourcesReason,
    @Size(max = 1000, message = "At most 1000 characters") String riskReason,
    @Size(max = 4000, message = "At most 4000 characters") String summary,
    @Size(max = 4000, message = "At most 4000 characters") String accomplishments,
    @Size(max = 4000, message = "At most 4000 characters") String nextSteps,
    @Size(max = 4000, message = "At most 4000 characters") String decisionsNeeded,
    Long version) {

  public Rag rating(RatingDimension dimension) {
    return written(dimension).rating();
  }

  public String reason(RatingDimension dimension) {
    return written(dimension).reason();
  }

  /** What the author wrote for one dimension: its rating and the reason for it. */
  public Written written(RatingDimension dimension) {
    return switch (dimension) {
      case OVERALL -> new Written(overall, overallReason);
      case SCHEDULE -> new Written(schedule, scheduleReason);
      case COST -> new Written(cost, costReason);
      case SCOPE -> new Written(scope, scopeReason);
      case RESOURCES -> new Written(resources, resourcesReason);
      case RISK -> new Written(risk, riskReason);
    };
  }

  /** One dimension's rating as written, and why (either may be missing in a draft). */
  public record Written(Rag rating, String reason) {}

  /** An empty report for a period, e.g. to start a form. */
  public static StatusReportData blank(LocalDate periodStart, LocalDate periodEnd) {
    return rated(periodStart, periodEnd, dimension -> null);
  }

  /** A report for a period with nothing written yet but its ratings, e.g. the suggested ones. */
  public static StatusReportData rated(
      LocalDate periodStart, LocalDate periodEnd, Function<RatingDimension, Rag> rating) {
    return of(periodStart, periodEnd, rating, dimension -> null, Texts.NONE, null);
  }

  /** A report whose ratings and their reasons are given per dimension. */
  public static StatusReportData of(
      LocalDate periodStart,
      LocalDate periodEnd,
      Function<RatingDimension, Rag> rating,
      Function<RatingDimension, String> reason,
      Texts texts,
      Long version) {
    return new StatusReportData(
        periodStart,
        periodEnd,
        rating.apply(OVERALL),
        rating.apply(SCHEDULE),
        rating.apply(COST),
        rating.apply(SCOPE),
        rating.apply(RESOURCES),
        rating.apply(RISK),
        reason.apply(OVERALL),
        reason.apply(SCHEDULE),
        reason.apply(COST),
        reason.apply(SCOPE),
        reason.apply(RESOURCES),
        reason.apply(RISK),
        texts.summary(),
        texts.accomplishments(),
        texts.nextSteps(),
        texts.decisionsNeeded(),
        version);
  }

  /** What a report says in words besides its ratings. */
  public record Texts(
      String summary, String accomplishments, String nextSteps, String decisionsNeeded) {

    static final Texts NONE = new Texts(null, null, null, null);
  }
}
