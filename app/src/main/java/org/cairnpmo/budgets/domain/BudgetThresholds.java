package org.cairnpmo.budgets.domain;

import java.math.BigDecimal;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.budgets.BudgetThresholdCrossed;
import org.cairnpmo.projects.ProjectsApi;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells when booked costs carry a project's actual costs past 80 % or 100 % of its budget ({@link
 * BudgetThresholdCrossed}): the total before the booking was below the threshold, the total after
 * it is at or above. Checked in the transaction that books, so the event goes out with it. A
 * project without a budget crosses nothing.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class BudgetThresholds {

  static final List<Integer> PERCENTS = List.of(80, 100);

  private final BudgetPlanRepository plans;
  private final ActualCostRepository actuals;
  private final ProjectsApi projects;
  private final ApplicationEventPublisher events;

  /** After {@code booked} was added to the project's actual costs (flushed). */
  void booked(long projectId, BigDecimal booked) {
    BigDecimal budget =
        plans
            .findByProjectId(projectId)
            .map(
                plan ->
                    plan.lines().stream()
                        .map(BudgetLine::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add))
            .orElse(BigDecimal.ZERO);
    if (budget.signum() <= 0 || booked.signum() <= 0) {
      return;
    }
    BigDecimal after =
        actuals.byPeriod(projectId).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal before = after.subtract(booked);
    for (int percent : PERCENTS) {
      BigDecimal limit = budget.multiply(BigDecimal.valueOf(percent)).movePointLeft(2);
      if (before.compareTo(limit) < 0 && after.compareTo(limit) >= 0) {
        String currency = projects.project(projectId).map(BudgetService::currency).orElse("EUR");
        events.publishEvent(
            new BudgetThresholdCrossed(projectId, percent, after, budget, currency));
      }
    }
  }
}
