package org.cairnpmo.portfolio.domain;

import java.time.Instant;
import java.util.List;

/**
 * One scorer's sheet for one proposal, criterion by criterion.
 *
 * @param weightedScore this scorer's weighted score from 0 to 100, null until every criterion is
 *     rated
 * @param editable the caller may still change it (their own, not yet submitted)
 */
public record ScoreSheetView(
    long id,
    long proposalId,
    String proposalCode,
    String proposalTitle,
    long scorerId,
    String scorerName,
    ScoreSheetStatus status,
    Instant assignedAt,
    Instant submittedAt,
    long criteriaSetId,
    List<Row> rows,
    Double weightedScore,
    long version,
    boolean editable) {

  /** A criterion of the bound set and this scorer's rating of it (null while not rated). */
  public record Row(
      long criterionId,
      String criterion,
      String description,
      int scaleMin,
      int scaleMax,
      Double weightPercent,
      Integer value,
      String comment) {}
}
