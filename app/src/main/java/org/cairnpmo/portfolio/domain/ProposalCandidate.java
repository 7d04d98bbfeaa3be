package org.cairnpmo.portfolio.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A proposal as portfolio selection needs it: its value measures, its costs per period and its
 * demand for people per role and period.
 *
 * @param weightedScore 0–100, null while not scored
 * @param npv null when the business case cannot be computed
 * @param costsByPeriod capex plus opex per period label (2027, 2027-Q1)
 * @param dependsOnProposals ids of proposals this one needs
 */
public record ProposalCandidate(
    long id,
    String code,
    String title,
    ProposalStatus status,
    Double weightedScore,
    BigDecimal npv,
    BigDecimal totalCost,
    String currency,
    Map<String, BigDecimal> costsByPeriod,
    List<ProposalData.ResourceDemand> resourceDemand,
    List<Long> dependsOnProposals,
    long version) {}
