package org.cairnpmo.governance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.cairnpmo.governance.domain.GateBoard;
import org.cairnpmo.governance.domain.GateService;
import org.cairnpmo.governance.domain.LifecycleData;
import org.cairnpmo.governance.domain.LifecycleData.PhaseData;
import org.cairnpmo.governance.domain.LifecycleView;
import org.cairnpmo.governance.domain.MatchMode;
import org.cairnpmo.governance.domain.MethodologyService;
import org.cairnpmo.governance.domain.PlacementData;
import org.cairnpmo.governance.domain.ReviewRequestData;
import org.cairnpmo.governance.domain.RiskLevel;
import org.cairnpmo.governance.domain.TierData;
import org.cairnpmo.governance.domain.TierView;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.support.IntegrationTest;
import org.cairnpmo.support.TierLevels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Fixtures for governance tests: people, a lifecycle, a tier and a project placed on them. */
public abstract class GovernanceTestSupport extends IntegrationTest {

  @Autowired protected MethodologyService methodology;
  @Autowired protected GateService gates;
  @Autowired protected GateBoard board;

  /** Signs the request in as {@code user}, as the session or a token would. */
  protected static RequestPostProcessor as(UserSummary user) {
    return signedInAs(user);
  }

  protected static int nextLevel() {
    return TierLevels.next();
  }

  protected static LifecycleData lifecycleData(String name, UserSummary reviewer) {
    return new LifecycleData(
        name,
        "Three phases for tests",
        List.of(
            new PhaseData(
                "Initiation",
                "Shape the idea",
                "Approval",
                List.of("Business case approved", "Sponsor named"),
                List.of("Business case"),
                reviewer == null ? List.of() : List.of(reviewer.id()),
                Set.of()),
            new PhaseData(
                "Execution",
                null,
                "Acceptance",
                List.of("Acceptance tests passed"),
                List.of("Test report"),
                reviewer == null ? List.of() : List.of(reviewer.id()),
                Set.of(Role.EXECUTIVE)),
            new PhaseData(
                "Closure", null, "Closure review", List.of(), List.of(), List.of(), Set.of())),
        null);
  }

  protected LifecycleView lifecycle(UserSummary reviewer) {
    return methodology.defineLifecycle(lifecycleData("Lifecycle " + unique(), reviewer), pmo());
  }

  protected TierView tier(LifecycleView lifecycle) {
    return methodology.defineTier(
        new TierData(
            nextLevel(),
            "Tier " + unique(),
            null,
            MatchMode.ANY,
            new BigDecimal("1000000"),
            null,
            null,
            lifecycle == null ? null : lifecycle.id(),
            null),
        pmo());
  }

  /** Everything a gate test needs: a manager's project on a lifecycle with a named reviewer. */
  protected record Governed(
      UserSummary manager,
      UserSummary reviewer,
      ProjectView project,
      LifecycleView lifecycle,
      ProjectGovernanceView placed) {

    long firstGateId() {
      return placed.gates().get(0).id();
    }

    long gateId(int position) {
      return placed.gates().get(position).id();
    }
  }

  protected Governed governed(boolean confidential, UserSummary... members) {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    UserSummary reviewer = user(Role.MEMBER);
    LifecycleView lifecycle = lifecycle(reviewer);
    TierView tier = tier(lifecycle);
    ProjectView project = project(manager, confidential, members);
    ProjectGovernanceView placed =
        gates.place(
            new PlacementData(project.id(), RiskLevel.MEDIUM, tier.id(), null), current(manager));
    return new Governed(manager, reviewer, project, lifecycle, placed);
  }

  protected GateService.Result requestReview(Governed g) {
    return gates.requestReview(
        g.project().id(),
        gates.get(g.project().id(), current(g.manager())).currentGateId(),
        new ReviewRequestData("Ready for review", null, null),
        current(g.manager()));
  }
}
