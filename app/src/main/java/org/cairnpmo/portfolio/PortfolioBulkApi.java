package org.cairnpmo.portfolio;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.portfolio.domain.EvaluationService;
import org.cairnpmo.portfolio.domain.Proposal;
import org.cairnpmo.portfolio.domain.ProposalService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The value the portfolio saw in projects, read in bulk for read models kept by other modules (the
 * portfolio dashboard). An approved proposal becomes a project with the proposal's code (with a
 * suffix such as {@code -2} when the code was taken), which is how a project finds its proposal.
 */
@Service
public class PortfolioBulkApi {

  private static final Pattern PROJECT_CODE = Pattern.compile("(PRO-\\d{4,})(-\\d+)?");

  /** Reads the whole portfolio; never used to change anything. */
  private static final CurrentUser READER =
      new CurrentUser(0, "system", "System", Set.of(Role.PMO));

  private final ProposalService proposals;
  private final EvaluationService evaluation;

  PortfolioBulkApi(ProposalService proposals, EvaluationService evaluation) {
    this.proposals = proposals;
    this.evaluation = evaluation;
  }

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
