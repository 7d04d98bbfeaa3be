package org.cairnpmo.portfolio.domain;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.cairnpmo.portfolio.ProposalApproved;

/**
 * What an approved proposal tells the modules downstream: its business case with every period
 * turned into dates, so that none of them needs to read the portfolio's period labels.
 */
final class ApprovalEvents {

  private ApprovalEvents() {}

  static ProposalApproved approved(Proposal proposal) {
    return new ProposalApproved(
        proposal.getId(),
        proposal.code(),
        proposal.getTitle(),
        proposal.getProblem(),
        proposal.getSponsorId(),
        proposal.getDepartmentId(),
        proposal.getManagerId(),
        proposal.plannedStartOrSpan().orElse(null),
        proposal.plannedFinishOrSpan().orElse(null),
        proposal.totalCost(),
        proposal.getCurrency(),
        costs(proposal.costLines()),
        proposal.riskLines().stream()
            .map(r -> new ProposalApproved.KnownRisk(r.description(), r.probability(), r.impact()))
            .toList(),
        demand(proposal.demandLines()),
        proposal.getTemplateId());
  }

  private static List<ProposalApproved.PlannedCost> costs(List<ProposalData.CostLine> lines) {
    return withDates(
        lines,
        ProposalData.CostLine::period,
        (c, p) ->
            new ProposalApproved.PlannedCost(
                p.label(), p.firstDay(), p.lastDay(), c.capex(), c.opex()));
  }

  private static List<ProposalApproved.Demand> demand(List<ProposalData.ResourceDemand> lines) {
    return withDates(
        lines,
        ProposalData.ResourceDemand::period,
        (d, p) ->
            new ProposalApproved.Demand(
                d.role(), p.label(), p.firstDay(), p.lastDay(), d.amount(), d.unit().name()));
  }

  /** Each line with the dates of its period; a line whose period does not read is left out. */
  private static <L, T> List<T> withDates(
      List<L> lines, Function<L, String> period, BiFunction<L, PeriodLabel, T> entry) {
    return lines.stream()
        .flatMap(
            line -> PeriodLabel.parse(period.apply(line)).stream().map(p -> entry.apply(line, p)))
        .toList();
  }
}
