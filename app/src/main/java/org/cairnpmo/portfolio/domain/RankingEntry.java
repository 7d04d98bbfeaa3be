package org.cairnpmo.portfolio.domain;

import java.math.BigDecimal;

/**
 * A proposal under evaluation in the ranking, best weighted score first; proposals without a
 * submitted score come last, unranked.
 *
 * @param rank 1 for the best; null while the proposal has no submitted score
 * @param disagreements how many criteria the scorers disagree on
 */
public record RankingEntry(
    Integer rank,
    long proposalId,
    String code,
    String title,
    String departmentName,
    String sponsorName,
    Double weightedScore,
    int submittedSheets,
    int assignedSheets,
    long disagreements,
    BigDecimal totalCost,
    BigDecimal npv,
    String currency,
    String criteriaSetName,
    long version) {}
