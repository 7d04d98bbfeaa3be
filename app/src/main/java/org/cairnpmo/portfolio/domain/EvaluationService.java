package org.cairnpmo.portfolio.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.DisplayNames;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluation use cases: the PMO assigns scorers; each scorer rates every criterion of the set the
 * proposal is bound to, sees only their own sheet and submits it; the PMO, administrators and
 * executives see every sheet, the weighted score, the spread between scorers and the ranking.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EvaluationService {

  private final ProposalRepository proposals;
  private final CriteriaSetRepository sets;
  private final ScoreSheetRepository sheets;
  private final ProposalService proposalService;
  private final IdentityApi identity;
  private final Clock clock;

  /**
   * Asks people to score a proposal under evaluation; people already asked are left as they are.
   */
  @Transactional
  public EvaluationView assignScorers(long proposalId, List<Long> userIds, CurrentUser by) {
    Proposal proposal = proposalService.visible(proposalId, by);
    ProposalService.requireGoverns(by);
    requireUnderEvaluation(proposal);
    Set<Long> wanted = new java.util.LinkedHashSet<>(userIds);
    Map<Long, UserSummary> people = identity.usersByIds(wanted);
    List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
    for (Long id : wanted) {
      if (!people.containsKey(id) || !people.get(id).enabled()) {
        problems.add(
            new InvalidInputException.FieldProblem("userIds", ProposalService.noActivePerson(id)));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Instant now = clock.instant();
    for (Long id : wanted) {
      if (!sheets.existsByProposalIdAndScorerId(proposalId, id)) {
        sheets.save(
            ScoreSheet.assign(proposalId, id, proposal.getCriteriaSetId(), by.username(), now));
      }
    }
    sheets.flush();
    return evaluation(proposalId, by);
  }

  /** Takes a scorer off a proposal; submitted scores stay. */
  @Transactional
  public void unassignScorer(long proposalId, long userId, CurrentUser by) {
    Proposal proposal = proposalService.visible(proposalId, by);
    ProposalService.requireGoverns(by);
    requireUnderEvaluation(proposal);
    ScoreSheet sheet =
        sheets
            .findByProposalIdAndScorerId(proposalId, userId)
            .orElseThrow(() -> new NotFoundException("Scorer", userId));
    if (sheet.isSubmitted()) {
      throw new BusinessRuleException(
          "scores-submitted", "This scorer has submitted their scores; they stay on record.");
    }
    sheets.delete(sheet);
  }

  /** The caller's own sheet for a proposal. */
  @Transactional(readOnly = true)
  public ScoreSheetView mySheet(long proposalId, CurrentUser scorer) {
    Proposal proposal = proposalService.visible(proposalId, scorer);
    ScoreSheet sheet = ownSheet(proposalId, scorer);
    return sheetView(sheet, proposal, requireSet(sheet.getCriteriaSetId()), scorer, names(sheet));
  }

  @Transactional
  public ScoreSheetView saveMySheet(
      long proposalId, ScoreSheetData data, long expectedVersion, CurrentUser scorer) {
    Proposal proposal = proposalService.visible(proposalId, scorer);
    ScoreSheet sheet = ownSheet(proposalId, scorer);
    Versions.require("Your scores for " + proposal.code(), expectedVersion, sheet.getVersion());
    requireUnderEvaluation(proposal);
    CriteriaSet set = requireSet(sheet.getCriteriaSetId());
    Map<Long, Criterion> criteria =
        set.orderedCriteria().stream()
            .collect(Collectors.toMap(Criterion::getId, Function.identity()));
    sheet.record(data.scoresOrEmpty(), criteria);
    sheets.saveAndFlush(sheet);
    return sheetView(sheet, proposal, set, scorer, names(sheet));
  }

  @Transactional
  public ScoreSheetView submitMySheet(long proposalId, long expectedVersion, CurrentUser scorer) {
    Proposal proposal = proposalService.visible(proposalId, scorer);
    ScoreSheet sheet = ownSheet(proposalId, scorer);
    Versions.require("Your scores for " + proposal.code(), expectedVersion, sheet.getVersion());
    requireUnderEvaluation(proposal);
    CriteriaSet set = requireSet(sheet.getCriteriaSetId());
    sheet.submit(set.orderedCriteria(), clock.instant());
    sheets.saveAndFlush(sheet);
    return sheetView(sheet, proposal, set, scorer, names(sheet));
  }

  /** The sheets assigned to the caller that are still open, on proposals under evaluation. */
  @Transactional(readOnly = true)
  public List<ScoreSheetView> myOpenSheets(CurrentUser scorer) {
    List<ScoreSheet> open =
        sheets.findByScorerIdAndStatusOrderByAssignedAtDesc(scorer.id(), ScoreSheetStatus.OPEN);
    Map<Long, Proposal> byId =
        proposals.findAllById(open.stream().map(ScoreSheet::getProposalId).toList()).stream()
            .collect(Collectors.toMap(Proposal::getId, Function.identity()));
    Map<Long, CriteriaSet> setsById = new HashMap<>();
    DisplayNames names = namesOf(Set.of(scorer.id()));
    List<ScoreSheetView> views = new ArrayList<>();
    for (ScoreSheet sheet : open) {
      Proposal proposal = byId.get(sheet.getProposalId());
      if (proposal == null || proposal.getStatus() != ProposalStatus.UNDER_EVALUATION) {
        continue;
      }
      CriteriaSet set = setsById.computeIfAbsent(sheet.getCriteriaSetId(), this::requireSet);
      views.add(sheetView(sheet, proposal, set, scorer, names));
    }
    return views;
  }

  /** Every sheet of a proposal with the weighted score and the spread: PMO and executives. */
  @Transactional(readOnly = true)
  public EvaluationView evaluation(long proposalId, CurrentUser viewer) {
    Proposal proposal = proposalService.visible(proposalId, viewer);
    if (!PortfolioAccess.readsAll(viewer)) {
      throw new AccessDeniedException("Only the PMO and executives see everyone's scores");
    }
    if (proposal.getCriteriaSetId() == null) {
      throw new BusinessRuleException(
          "not-evaluated", "This proposal has not been taken into evaluation yet.");
    }
    CriteriaSet set = requireSet(proposal.getCriteriaSetId());
    List<ScoreSheet> list = sheets.findByProposalIdOrderByAssignedAtAscIdAsc(proposalId);
    Set<Long> people = list.stream().map(ScoreSheet::getScorerId).collect(Collectors.toSet());
    return evaluate(proposal, set, list, namesOf(people), viewer, true);
  }

  /**
   * Proposals under evaluation, best weighted score first; those not scored yet come last. PMO,
   * administrators and executives.
   */
  @Transactional(readOnly = true)
  public List<RankingEntry> ranking(CurrentUser viewer) {
    return rankingWithCriteria(viewer).stream().map(RankedEvaluation::entry).toList();
  }

  /**
   * A place in the ranking with the per-criterion results behind it.
   *
   * @param evaluation null while the proposal has no criteria set
   */
  public record RankedEvaluation(RankingEntry entry, EvaluationView evaluation) {}

  /** The ranking with each proposal's per-criterion means and spreads, for the XLSX export. */
  @Transactional(readOnly = true)
  public List<RankedEvaluation> rankingWithCriteria(CurrentUser viewer) {
    if (!PortfolioAccess.readsAll(viewer)) {
      throw new AccessDeniedException("Only the PMO and executives see the ranking");
    }
    List<Proposal> candidates = proposals.findByStatusIn(List.of(ProposalStatus.UNDER_EVALUATION));
    Map<Long, List<ScoreSheet>> sheetsBy =
        sheets.findByProposalIdIn(candidates.stream().map(Proposal::getId).toList()).stream()
            .collect(Collectors.groupingBy(ScoreSheet::getProposalId));
    Map<Long, CriteriaSet> setsById =
        sets
            .findAllById(
                candidates.stream()
                    .map(Proposal::getCriteriaSetId)
                    .filter(Objects::nonNull)
                    .collect(Collectors.toSet()))
            .stream()
            .collect(Collectors.toMap(CriteriaSet::getId, Function.identity()));
    DisplayNames names = proposalService.names(candidates);
    List<RankedEvaluation> unranked = new ArrayList<>();
    for (Proposal p : candidates) {
      CriteriaSet set = setsById.get(p.getCriteriaSetId());
      List<ScoreSheet> own = sheetsBy.getOrDefault(p.getId(), List.of());
      EvaluationView evaluation =
          set == null ? null : evaluate(p, set, own, namesOf(Set.of()), viewer, false);
      BusinessCaseView bc = p.businessCase();
      unranked.add(
          new RankedEvaluation(
              new RankingEntry(
                  null,
                  p.getId(),
                  p.code(),
                  p.getTitle(),
                  names.department(p.getDepartmentId()),
                  names.person(p.getSponsorId()),
                  evaluation == null ? null : evaluation.weightedScore(),
                  evaluation == null ? 0 : evaluation.submittedSheets(),
                  own.size(),
                  evaluation == null ? 0 : evaluation.disagreements(),
                  p.totalCost(),
                  bc.available() ? bc.npv() : null,
                  p.getCurrency(),
                  set == null ? null : set.getName(),
                  p.getVersion()),
              evaluation));
    }
    unranked.sort(
        Comparator.comparing(
                (RankedEvaluation r) -> r.entry().weightedScore(),
                Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(r -> r.entry().code()));
    List<RankedEvaluation> ranked = new ArrayList<>();
    int rank = 0;
    for (RankedEvaluation r : unranked) {
      RankingEntry e = r.entry();
      Integer position = e.weightedScore() == null ? null : ++rank;
      ranked.add(
          new RankedEvaluation(
              new RankingEntry(
                  position,
                  e.proposalId(),
                  e.code(),
                  e.title(),
                  e.departmentName(),
                  e.sponsorName(),
                  e.weightedScore(),
                  e.submittedSheets(),
                  e.assignedSheets(),
                  e.disagreements(),
                  e.totalCost(),
                  e.npv(),
                  e.currency(),
                  e.criteriaSetName(),
                  e.version()),
              r.evaluation()));
    }
    return ranked;
  }

  /** The weighted score of each proposal from its submitted sheets (null while none). */
  @Transactional(readOnly = true)
  public Map<Long, Double> weightedScores(List<Proposal> list) {
    Map<Long, List<ScoreSheet>> sheetsBy =
        sheets.findByProposalIdIn(list.stream().map(Proposal::getId).toList()).stream()
            .collect(Collectors.groupingBy(ScoreSheet::getProposalId));
    Map<Long, CriteriaSet> cache = new HashMap<>();
    Map<Long, Double> scores = new LinkedHashMap<>();
    for (Proposal p : list) {
      if (p.getCriteriaSetId() == null) {
        scores.put(p.getId(), null);
        continue;
      }
      CriteriaSet set = cache.computeIfAbsent(p.getCriteriaSetId(), this::requireSet);
      scores.put(p.getId(), weightedScore(set, sheetsBy.getOrDefault(p.getId(), List.of())));
    }
    return scores;
  }

  // ---- the arithmetic ---------------------------------------------------------------------

  static Double weightedScore(CriteriaSet set, List<ScoreSheet> list) {
    Map<Long, Double> weights = set.weights().orElse(Map.of());
    List<Scoring.WeightedCriterion> criteria = weighted(set, weights);
    Map<Long, Double> means = new HashMap<>();
    for (Criterion c : set.orderedCriteria()) {
      List<Integer> ratings = submittedRatings(list, c.getId());
      if (!ratings.isEmpty()) {
        means.put(c.getId(), ratings.stream().mapToInt(Integer::intValue).average().orElseThrow());
      }
    }
    return Scoring.weightedScore(criteria, means);
  }

  private EvaluationView evaluate(
      Proposal proposal,
      CriteriaSet set,
      List<ScoreSheet> list,
      DisplayNames names,
      CurrentUser viewer,
      boolean withSheets) {
    Map<Long, Double> weights = set.weights().orElse(Map.of());
    List<EvaluationView.CriterionResult> results = new ArrayList<>();
    Map<Long, Double> means = new HashMap<>();
    for (Criterion c : set.orderedCriteria()) {
      List<Integer> ratings = submittedRatings(list, c.getId());
      Scoring.Spread spread = Scoring.spread(ratings, c.getScaleMin(), c.getScaleMax());
      double weight = weights.getOrDefault(c.getId(), 0.0);
      Double contribution = null;
      if (spread != null) {
        means.put(c.getId(), spread.mean());
        contribution =
            weight * Scoring.normalise(spread.mean(), c.getScaleMin(), c.getScaleMax()) * 100;
      }
      results.add(
          new EvaluationView.CriterionResult(
              c.getId(),
              c.getName(),
              c.getScaleMin(),
              c.getScaleMax(),
              weight * 100,
              ratings.size(),
              spread == null ? null : spread.mean(),
              spread == null ? null : spread.min(),
              spread == null ? null : spread.max(),
              spread == null ? null : spread.standardDeviation(),
              contribution,
              spread != null && spread.disagreement()));
    }
    Double score = Scoring.weightedScore(weighted(set, weights), means);
    int submitted = (int) list.stream().filter(ScoreSheet::isSubmitted).count();
    List<ScoreSheetView> views =
        withSheets
            ? list.stream().map(s -> sheetView(s, proposal, set, viewer, names)).toList()
            : List.of();
    return new EvaluationView(
        proposal.getId(),
        proposal.code(),
        proposal.getTitle(),
        proposal.getStatus(),
        set.getId(),
        set.getName(),
        score,
        submitted,
        list.size(),
        Scoring.DISAGREEMENT_THRESHOLD,
        results,
        views);
  }

  private static List<Scoring.WeightedCriterion> weighted(
      CriteriaSet set, Map<Long, Double> weights) {
    return set.orderedCriteria().stream()
        .map(
            c ->
                new Scoring.WeightedCriterion(
                    c.getId(),
                    c.getScaleMin(),
                    c.getScaleMax(),
                    weights.getOrDefault(c.getId(), 0.0)))
        .toList();
  }

  private static List<Integer> submittedRatings(List<ScoreSheet> list, long criterionId) {
    List<Integer> ratings = new ArrayList<>();
    for (ScoreSheet sheet : list) {
      if (sheet.isSubmitted()) {
        ScoreEntry entry = sheet.byCriterion().get(criterionId);
        if (entry != null && entry.value() != null) {
          ratings.add(entry.value());
        }
      }
    }
    return ratings;
  }

  private ScoreSheetView sheetView(
      ScoreSheet sheet,
      Proposal proposal,
      CriteriaSet set,
      CurrentUser viewer,
      DisplayNames names) {
    Map<Long, Double> weights = set.weights().orElse(Map.of());
    Map<Long, ScoreEntry> entries = sheet.byCriterion();
    List<ScoreSheetView.Row> rows = new ArrayList<>();
    Map<Long, Double> values = new HashMap<>();
    for (Criterion c : set.orderedCriteria()) {
      ScoreEntry entry = entries.get(c.getId());
      if (entry != null && entry.value() != null) {
        values.put(c.getId(), entry.value().doubleValue());
      }
      rows.add(
          new ScoreSheetView.Row(
              c.getId(),
              c.getName(),
              c.getDescription(),
              c.getScaleMin(),
              c.getScaleMax(),
              weights.containsKey(c.getId()) ? weights.get(c.getId()) * 100 : null,
              entry == null ? null : entry.value(),
              entry == null ? null : entry.comment()));
    }
    boolean own = sheet.getScorerId() == viewer.id();
    return new ScoreSheetView(
        sheet.getId(),
        proposal.getId(),
        proposal.code(),
        proposal.getTitle(),
        sheet.getScorerId(),
        names.person(sheet.getScorerId()),
        sheet.getStatus(),
        sheet.getAssignedAt(),
        sheet.getSubmittedAt(),
        sheet.getCriteriaSetId(),
        rows,
        Scoring.weightedScore(weighted(set, weights), values),
        sheet.getVersion(),
        own && !sheet.isSubmitted() && proposal.getStatus() == ProposalStatus.UNDER_EVALUATION);
  }

  private DisplayNames names(ScoreSheet sheet) {
    return namesOf(Set.of(sheet.getScorerId()));
  }

  /** The names of these people (scores name no departments). */
  private DisplayNames namesOf(Set<Long> ids) {
    return new DisplayNames(identity.usersByIds(ids), Map.of());
  }

  private ScoreSheet ownSheet(long proposalId, CurrentUser scorer) {
    return sheets
        .findByProposalIdAndScorerId(proposalId, scorer.id())
        .orElseThrow(() -> new NotFoundException("Your score sheet for proposal", proposalId));
  }

  private CriteriaSet requireSet(long id) {
    return sets.findById(id).orElseThrow(() -> new NotFoundException("Criteria set", id));
  }

  private static void requireUnderEvaluation(Proposal proposal) {
    if (proposal.getStatus() != ProposalStatus.UNDER_EVALUATION) {
      throw new BusinessRuleException(
          "not-under-evaluation",
          "Scoring happens while a proposal is under evaluation; this one is "
              + proposal.getStatus().label().toLowerCase(java.util.Locale.ROOT)
              + ".");
    }
  }
}
