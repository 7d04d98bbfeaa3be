package org.cairnpmo.governance.web;

import java.util.List;
import org.cairnpmo.governance.BoardView;
import org.cairnpmo.governance.domain.GateBoard;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.platform.HomePanel;
import org.springframework.stereotype.Component;

/**
 * Governance's section of the home page: the gate reviews waiting for the viewer's decision and the
 * viewer's overdue conditions. Left out when there is nothing for the viewer to do.
 */
@Component
class GovernanceHomePanel implements HomePanel {

  private final GateBoard board;
  private final IdentityApi identity;
  private final Dates dates;

  GovernanceHomePanel(GateBoard board, IdentityApi identity, Dates dates) {
    this.dates = dates;
    this.board = board;
    this.identity = identity;
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public String template() {
    return "governance/home-panel";
  }

  @Override
  public Object model() {
    return identity.currentUser().map(this::model).orElse(null);
  }

  private Model model(CurrentUser viewer) {
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
