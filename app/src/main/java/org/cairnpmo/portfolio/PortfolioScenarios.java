package org.cairnpmo.portfolio;

import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.portfolio.selection.ScenarioService;
import org.springframework.stereotype.Service;

/**
 * What other modules may read of the selection scenarios: their names and the demand of what they
 * select (the resources module's what-if). Scenarios are for the PMO, administrators and
 * executives; anyone else sees none.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PortfolioScenarios {

  private final ScenarioService scenarios;

  /** The scenarios {@code viewer} may read, newest first; none for anyone else. */
  public List<ScenarioDemand.Summary> readable(CurrentUser viewer) {
    return scenarios.summaries(viewer);
  }

  /**
   * The demand of the scenario's selection; empty when it does not exist or {@code viewer} may not
   * read scenarios, so that both read alike.
   */
  public Optional<ScenarioDemand> demand(long scenarioId, CurrentUser viewer) {
    return scenarios.demand(scenarioId, viewer);
  }
}
