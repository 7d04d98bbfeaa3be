package org.cairnpmo.governance.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cairnpmo.governance.BoardView;
import org.cairnpmo.governance.ProjectGovernanceView;
import org.cairnpmo.governance.domain.GateBoard;
import org.cairnpmo.governance.domain.GateDecision;
import org.cairnpmo.governance.domain.GateService;
import org.cairnpmo.governance.domain.GateStatus;
import org.cairnpmo.governance.domain.MethodologyService;
import org.cairnpmo.governance.domain.TierView;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.support.DemoDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's governance: tiers and lifecycles, and projects at different gates so that the board
 * shows pending reviews, an overdue condition and recent decisions; loaded once. It runs on a
 * database of its own (like the base demo's test), so the demo's people stay out of other tests.
 */
class GovernanceDemoDataTest extends DemoDataTest {

  @Autowired GovernanceDemoData demo;
  @Autowired MethodologyService methodology;
  @Autowired GateService gates;
  @Autowired GateBoard gateBoard;
  @Autowired IdentityApi identity;

  @Test
  void three_tiers_follow_their_own_lifecycles() {
    List<TierView> tiers = methodology.tiers();
    assertThat(tiers)
        .extracting(TierView::level, TierView::name, TierView::lifecycleName)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "Major", "Full lifecycle"),
            org.assertj.core.groups.Tuple.tuple(2, "Standard", "Standard lifecycle"),
            org.assertj.core.groups.Tuple.tuple(3, "Small", "Light lifecycle"));
    assertThat(methodology.criteria().minBudget()).isEqualByComparingTo("50000");
    assertThat(methodology.lifecycles()).allSatisfy(l -> assertThat(l.frozen()).isTrue());
  }

  @Test
  void the_board_shows_pending_reviews_an_overdue_condition_and_recent_decisions() {
    BoardView board = gateBoard.board(as("exec"));

    assertThat(board.pending()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(board.pending()).anySatisfy(p -> assertThat(p.viewerMayDecide()).isTrue());
    assertThat(board.overdue()).isNotEmpty();
    assertThat(board.recent())
        .extracting(BoardView.RecentDecision::decision)
        .contains(GateDecision.GO_WITH_CONDITIONS, GateDecision.HOLD, GateDecision.RECYCLE);
  }

  @Test
  void the_demo_project_manager_finds_a_project_waiting_for_the_board() {
    UserSummary pm = identity.userByUsername("pm").orElseThrow();
    List<ProjectGovernanceView> governed = gates.governedProjects(as("pm"));

    assertThat(governed)
        .filteredOn(g -> g.managerId() != null && g.managerId() == pm.id())
        .anySatisfy(
            g -> assertThat(g.currentGate().status()).isEqualTo(GateStatus.REVIEW_REQUESTED));
  }

  @Test
  void loading_again_adds_nothing() {
    int tiers = methodology.tiers().size();
    int lifecycles = methodology.lifecycles().size();
    int governed = gates.governedProjects(as("pmo")).size();

    demo.loadIfMissing();

    assertThat(methodology.tiers()).hasSize(tiers);
    assertThat(methodology.lifecycles()).hasSize(lifecycles);
    assertThat(gates.governedProjects(as("pmo"))).hasSize(governed);
    assertThat(governed).isGreaterThanOrEqualTo(7);
  }

  private CurrentUser as(String username) {
    UserSummary user = identity.userByUsername(username).orElseThrow();
    return new CurrentUser(user.id(), user.username(), user.displayName(), user.roles());
  }
}
