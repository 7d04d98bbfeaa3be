package org.cairnpmo.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A proposal was approved: it becomes a project, and everything its business case knows goes with
 * it, so that the modules downstream (register, budgets, RAID log, governance, resources) start the
 * project from it instead of from nothing. Planned dates are the proposal's, or else the span of
 * its cost and benefit periods; null when neither is known. The budget is the proposal's total cost
 * (capex plus opex, undiscounted). Lists are never null; the manager is null when none was named.
 *
 * @param problem the problem statement of the proposal, null when it had none
 * @param costs the cost lines, each with the dates of its period
 * @param risks the risks of the business case, probability and impact each from 1 to 5
 * @param demand the people the proposal said it needs, each with the dates of its period
 * @param templateId the project template the approval named (see {@link ProjectTemplateCatalog}),
 *     null when none
 */
public record ProposalApproved(
    long proposalId,
    String code,
    String title,
    String problem,
    Long sponsorId,
    Long departmentId,
    Long managerId,
    LocalDate plannedStart,
    LocalDate plannedFinish,
    BigDecimal budget,
    String currency,
    List<PlannedCost> costs,
    List<KnownRisk> risks,
    List<Demand> demand,
    Long templateId) {

  public ProposalApproved {
    costs = costs == null ? List.of() : List.copyOf(costs);
    risks = risks == null ? List.of() : List.copyOf(risks);
    demand = demand == null ? List.of() : List.copyOf(demand);
  }

  /** Costs of one period of the business case (a year or a quarter), from its first to last day. */
  public record PlannedCost(
      String period, LocalDate from, LocalDate to, BigDecimal capex, BigDecimal opex) {}

  /** A risk the business case named. */
  public record KnownRisk(String description, int probability, int impact) {}

  /** People the proposal needs in one period: a role and an amount in FTE or hours. */
  public record Demand(
      String role, String period, LocalDate from, LocalDate to, BigDecimal amount, String unit) {}
}
