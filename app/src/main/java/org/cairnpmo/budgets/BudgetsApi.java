package org.cairnpmo.budgets;

import org.cairnpmo.budgets.domain.BudgetService;
import org.cairnpmo.identity.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * What other modules (overviews, exports) may read of a project's money. Budgets and actuals are
 * changed through this module's own pages and API, where its rules are enforced.
 */
@Service
public class BudgetsApi {

  private final BudgetService budgets;

  BudgetsApi(BudgetService budgets) {
    this.budgets = budgets;
  }

  /**
   * The project's earned value with its own EAC formula, as {@code viewer} may see it. Throws
   * {@link org.cairnpmo.platform.NotFoundException} if the viewer may not see the project.
   */
  public EvmView earnedValue(long projectId, CurrentUser viewer) {
    return budgets.earnedValue(projectId, null, viewer);
  }

  /** Whether the project has a budget yet (no access check: callers did that). */
  public boolean hasBudget(long projectId) {
    return budgets.hasBudget(projectId);
  }
}
