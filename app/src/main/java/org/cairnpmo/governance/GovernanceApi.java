package org.cairnpmo.governance;

import java.math.BigDecimal;
import java.util.Optional;
import org.cairnpmo.governance.domain.GateService;
import org.cairnpmo.governance.domain.MethodologyService;
import org.cairnpmo.identity.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * What other modules may ask of governance: where a project stands on its lifecycle, the board's
 * agenda, and how work of a given size and risk is classified. Changes go through governance's own
 * pages and API, where its rules are enforced.
 */
@Service
public class GovernanceApi {

  private final GateService gates;
  private final MethodologyService methodology;

  GovernanceApi(GateService gates, MethodologyService methodology) {
    this.gates = gates;
    this.methodology = methodology;
  }

  /**
   * The project's lifecycle as {@code viewer} may see it; empty if the project is not on a
   * lifecycle. Throws {@link org.cairnpmo.platform.NotFoundException} if the viewer may not see the
   * project.
   */
  public Optional<ProjectGovernanceView> projectLifecycle(long projectId, CurrentUser viewer) {
    return gates.find(projectId, viewer);
  }

  /** Pending reviews, overdue conditions and recent decisions, for the projects viewer may see. */
  public BoardView board(CurrentUser viewer) {
    return gates.board(viewer);
  }

  /** Whether work of this budget, duration (months) and risk is a project, and its tier. */
  public Classification classify(BigDecimal budget, Integer durationMonths, RiskLevel risk) {
    return methodology.classify(budget, durationMonths, risk);
  }
}
