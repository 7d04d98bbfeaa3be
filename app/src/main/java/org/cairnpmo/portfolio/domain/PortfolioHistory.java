package org.cairnpmo.portfolio.domain;

import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.history.HistoryAccess;
import org.springframework.stereotype.Component;

/**
 * A proposal's history, and its score sheets', is seen by whoever sees the proposal; the strategy
 * (objectives, criteria sets) is everyone's. Scenarios are answered in {@code selection}.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PortfolioHistory implements HistoryAccess {

  private final ProposalService proposals;
  private final ScoreSheetRepository sheets;
  private final IdentityApi identity;

  @Override
  public Set<String> kinds() {
    return Set.of("proposal", "score-sheet", "strategic-objective", "criteria-set");
  }

  @Override
  public void check(String kind, long id) {
    switch (kind) {
      case "proposal" -> proposals.get(id, identity.requireCurrentUser());
      case "score-sheet" ->
          proposals.get(
              sheets
                  .findById(id)
                  .orElseThrow(() -> new NotFoundException(kind, id))
                  .getProposalId(),
              identity.requireCurrentUser());
      default -> identity.requireCurrentUser();
    }
  }
}
