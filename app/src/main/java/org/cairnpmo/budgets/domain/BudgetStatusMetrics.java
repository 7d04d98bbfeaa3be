package org.cairnpmo.budgets.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.cairnpmo.control.StatusMetricsProvider;
import org.cairnpmo.engine.finance.EarnedValueSnapshot;
import org.springframework.stereotype.Component;

/** Gives status reports the earned value (SPI, CPI) of projects that have a budget. */
@Component
record BudgetStatusMetrics(BudgetService budgets) implements StatusMetricsProvider {

  @Override
  public Optional<EarnedValueSnapshot> earnedValue(long projectId, LocalDate asOf) {
    return budgets.statusAsOf(projectId, asOf);
  }
}
