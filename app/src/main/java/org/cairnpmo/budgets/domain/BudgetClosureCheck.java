package org.cairnpmo.budgets.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.cairnpmo.projects.ClosureCheck;
import org.cairnpmo.projects.ClosureItem;
import org.cairnpmo.projects.ProjectView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The closure asks that the budget is closed: the project has a budget, and nothing is still
 * planned for a month after the closing month (what was not spent is released rather than left
 * planned). Actual costs still to come are booked before the sign-off: a closed project takes none.
 */
@Component
class BudgetClosureCheck implements ClosureCheck {

  private final BudgetPlanRepository plans;

  BudgetClosureCheck(BudgetPlanRepository plans) {
    this.plans = plans;
  }

  @Override
  @Transactional(readOnly = true)
  public List<ClosureItem> closureItems(ProjectView project, LocalDate closingOn) {
    Optional<BudgetPlan> plan = plans.findByProjectId(project.id());
    YearMonth closing = YearMonth.from(closingOn);
    List<BudgetLine> later =
        plan.map(BudgetPlan::lines).orElse(List.of()).stream()
            .filter(l -> l.amount() != null && l.amount().signum() != 0)
            .filter(l -> Periods.parse(l.period()).map(m -> m.isAfter(closing)).orElse(false))
            .toList();
    boolean met = plan.isPresent() && later.isEmpty();
    String detail =
        plan.isEmpty()
            ? "The project has no budget."
            : later.isEmpty()
                ? "Nothing is planned after " + closing + "."
                : later.size() + " budget line(s) are still planned after " + closing + ".";
    return List.of(
        ClosureItem.of(
            "budget", "Budget closed", met, detail, "/projects/" + project.id() + "/budget"));
  }
}
