package org.cairnpmo.governance.web;

import java.util.List;
import org.cairnpmo.governance.BoardView;
import org.cairnpmo.governance.domain.GateBoard;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.ViewerHomePanel;
import org.cairnpmo.platform.HomePanel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Governance's section of the home page: the gate reviews waiting for the viewer's decision and the
 * viewer's overdue conditions. Left out when there is nothing for the viewer to do.
 */
@Configuration(proxyBeanMethods = false)
class GovernanceHomePanel {

  @Bean
  HomePanel governancePanel(GateBoard board, IdentityApi identity, Dates dates) {
    return ViewerHomePanel.of(
        identity, 20, "governance/home-panel", viewer -> model(board, dates, viewer));
  }

  static Model model(GateBoard board, Dates dates, CurrentUser viewer) {
    BoardView agenda = board.board(viewer);
    List<BoardView.PendingReview> toDecide =
        agenda.pending().stream().filter(BoardView.PendingReview::viewerMayDecide).toList();
    List<BoardView.OverdueCondition> overdue =
        agenda.overdue().stream().filter(c -> c.ownerId() == viewer.id()).toList();
    if (toDecide.isEmpty() && overdue.isEmpty()) {
      return null;
    }
    return new Model(toDecide, overdue, dates);
  }

  /** What the panel shows. */
  public record Model(
      List<BoardView.PendingReview> toDecide,
      List<BoardView.OverdueCondition> overdue,
      Dates dates) {}
}
