package org.cairnpmo.portfolio;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.portfolio.domain.ApprovalData;
import org.cairnpmo.portfolio.domain.BusinessCaseView;
import org.cairnpmo.portfolio.domain.DependencyKind;
import org.cairnpmo.portfolio.domain.EvaluationService;
import org.cairnpmo.portfolio.domain.Proposal;
import org.cairnpmo.portfolio.domain.ProposalCandidate;
import org.cairnpmo.portfolio.domain.ProposalData;
import org.cairnpmo.portfolio.domain.ProposalReference;
import org.cairnpmo.portfolio.domain.ProposalService;
import org.cairnpmo.portfolio.domain.ProposalStatus;
import org.cairnpmo.portfolio.domain.ProposalView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules (portfolio selection, governance, reporting) may ask of the portfolio.
 *
 * <p>The reads "in bulk" at the end serve read models kept by other modules (the portfolio
 * dashboard): a few queries for any number of projects, and no visibility check; the caller applies
 * the register's rules when it answers a person.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PortfolioApi {

  private final ProposalService proposals;
  private final EvaluationService evaluation;

  /** The proposal if {@code viewer} may see it; empty otherwise (or if it does not exist). */
  public Optional<ProposalView> visibleProposal(long id, CurrentUser viewer) {
    try {
      return Optional.of(proposals.get(id, viewer));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * The ids of the proposals {@code viewer} may see, for a search that filters by them inside its
   * query; empty when the viewer sees every proposal.
   */
  public Optional<Set<Long>> visibleProposalIds(CurrentUser viewer) {
    return proposals.readableIds(viewer);
  }

  /**
   * The proposal's code, title and people if {@code viewer} may see it; empty otherwise (or if it
   * does not exist).
   */
  public Optional<ProposalTeam> visibleProposalTeam(long id, CurrentUser viewer) {
    return visibleProposal(id, viewer)
        .map(
            p -> {
              Set<Long> people = new java.util.HashSet<>();
              people.add(p.authorId());
              if (p.sponsorId() != null) {
                people.add(p.sponsorId());
              }
              if (p.managerId() != null) {
                people.add(p.managerId());
              }
              return new ProposalTeam(p.id(), p.code(), p.title(), people);
            });
  }

  /**
   * Approves a proposal under evaluation on behalf of {@code approver} (PMO or administrator), as
   * the approve button does; {@link ProposalApproved} follows and the project register creates the
   * project once the approval is committed. A committed selection scenario calls this once per
   * selected proposal from its own {@code @Transactional} method: the approvals join that
   * transaction, so the scenario's decision and its approvals stand or fall together, and the
   * projects appear only after it commits.
   *
   * @throws org.cairnpmo.platform.BusinessRuleException when the proposal is not under evaluation
   * @throws org.springframework.security.access.AccessDeniedException when the approver is not PMO
   *     or administrator
   */
  public ProposalView approve(long proposalId, String reason, CurrentUser approver) {
    return proposals.approve(proposalId, reason, null, approver);
  }

  /**
   * The same approval, naming the project's manager ({@code managerId}, an active person); null
   * keeps the manager the proposal named, or leaves the appointment for later.
   */
  public ProposalView approve(
      long proposalId, String reason, Long managerId, CurrentUser approver) {
    return proposals.approve(
        proposalId, new ApprovalData(reason, managerId, true, null), null, approver);
  }

  /** Those of {@code proposalIds} that name no proposed manager, for the commit form to ask. */
  @Transactional(readOnly = true)
  public Set<Long> withoutManager(Collection<Long> proposalIds, CurrentUser viewer) {
    return proposals.byIds(proposalIds, viewer).stream()
        .filter(p -> p.getManagerId() == null)
        .map(Proposal::getId)
        .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  /**
   * The proposals with these ids, whatever their status, for naming them (PMO, administrators and
   * executives); ids that do not exist are left out.
   */
  @Transactional(readOnly = true)
  public Map<Long, ProposalReference> references(Collection<Long> ids, CurrentUser viewer) {
    Map<Long, ProposalReference> out = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    for (Proposal p : proposals.byIds(ids, viewer)) {
      out.put(p.getId(), new ProposalReference(p.getId(), p.code(), p.getTitle(), p.getStatus()));
    }
    return out;
  }

  /**
   * The proposals in {@code statuses} as portfolio selection needs them (PMO, administrators and
   * executives): value measures, costs per period and resource demand.
   */
  @Transactional(readOnly = true)
  public List<ProposalCandidate> candidates(
      Collection<ProposalStatus> statuses, CurrentUser viewer) {
    List<Proposal> list = proposals.inStatus(statuses, viewer);
    Map<Long, Double> scores = evaluation.weightedScores(list);
    return list.stream()
        .sorted(java.util.Comparator.comparing(Proposal::getId))
        .map(
            p -> {
              BusinessCaseView bc = p.businessCase();
              Map<String, BigDecimal> costs = new LinkedHashMap<>();
              for (ProposalData.CostLine c : p.costLines()) {
                costs.merge(c.period(), c.total(), BigDecimal::add);
              }
              return new ProposalCandidate(
                  p.getId(),
                  p.code(),
                  p.getTitle(),
                  p.getStatus(),
                  scores.get(p.getId()),
                  bc.available() ? bc.npv() : null,
                  p.totalCost(),
                  p.getCurrency(),
                  costs,
                  p.demandLines(),
                  p.dependencyLines().stream()
                      .filter(d -> d.kind() == DependencyKind.PROPOSAL)
                      .map(ProposalData.Dependency::id)
                      .toList(),
                  p.getVersion());
            })
        .toList();
  }

  // ---------------------------------------------------------------- in bulk, for read models

  private static final Pattern PROJECT_CODE = Pattern.compile("(PRO-\\d{4,})(-\\d+)?");

  /** Reads the whole portfolio; never used to change anything. */
  private static final CurrentUser READER =
      new CurrentUser(0, "system", "System", Set.of(Role.PMO));

  /**
   * The weighted score (0–100) of the approved proposal each project came from, by project code;
   * projects that did not come from a scored proposal are left out.
   */
  @Transactional(readOnly = true)
  public Map<String, Double> proposalScoresByProjectCode(Collection<String> projectCodes) {
    Map<String, String> proposalCodeOf = new HashMap<>();
    for (String code : projectCodes) {
      Matcher m = code == null ? null : PROJECT_CODE.matcher(code);
      if (m != null && m.matches()) {
        proposalCodeOf.put(code, m.group(1));
      }
    }
    if (proposalCodeOf.isEmpty()) {
      return Map.of();
    }
    List<Proposal> approved = proposals.inStatus(Set.of(ProposalStatus.APPROVED), READER);
    Map<Long, Double> scores = evaluation.weightedScores(approved);
    Map<String, Double> byProposalCode = new HashMap<>();
    for (Proposal p : approved) {
      Double score = scores.get(p.getId());
      if (score != null) {
        byProposalCode.put(p.code(), score);
      }
    }
    Map<String, Double> result = new HashMap<>();
    proposalCodeOf.forEach(
        (projectCode, proposalCode) -> {
          Double score = byProposalCode.get(proposalCode);
          if (score != null) {
            result.put(projectCode, score);
          }
        });
    return result;
  }
}
