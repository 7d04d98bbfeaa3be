package org.cairnpmo.budgets.domain;

import java.util.Map;
import org.cairnpmo.platform.history.HistoryRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A project's budget and actual costs show their history to whoever sees the project. */
@Configuration(proxyBeanMethods = false)
class BudgetHistory {

  @Bean
  HistoryRules budgetHistoryRules() {
    return HistoryRules.ofProjects(
        Map.of(
            "budget", "select e.projectId from BudgetPlan e where e.id = :id",
            "actual-cost", "select e.projectId from ActualCost e where e.id = :id"));
  }
}
