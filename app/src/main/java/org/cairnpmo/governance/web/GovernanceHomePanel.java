package org.cairnpmo.governance.web;

import java.util.List;
import org.cairnpmo.governance.BoardView;
import org.cairnpmo.governance.domain.GateBoard;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.ViewerHomePanel;
import org.springframework.stereotype.Component;

/**
 * Governance's section of the home page: the gate reviews waiting for the viewer's decision and the
 * viewer's overdue conditions. Left out when there is nothing for the viewer to do.
 */
@Component
class GovernanceHomePanel extends ViewerHomePanel {

  private final GateBoard board;
  private final Dates dates;

  GovernanceHomePanel(GateBoard board, IdentityApi identity, Dates dates) {
    super(identity, 20, "governance/home-panel");
    this.dates = dates;
    this.board = board;
  }

  @Override
  protected Model modelFor(CurrentUser viewer) {
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
