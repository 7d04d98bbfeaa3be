package org.cairnpmo.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A proposal was approved: it becomes a project. Planned dates are the proposal's, or else the span
 * of its cost and benefit periods; null when neither is known. The budget is the proposal's total
 * cost (capex plus opex, undiscounted).
 */
public record ProposalApproved(
    long proposalId,
    String code,
    String title,
    Long sponsorId,
    Long departmentId,
    LocalDate plannedStart,
    LocalDate plannedFinish,
    BigDecimal budget,
    String currency) {}
