package org.cairnpmo.governance.domain;

import java.util.Map;
import org.cairnpmo.platform.history.HistoryRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A project's gates, their reviews (decisions) and conditions follow the project's visibility. */
@Configuration(proxyBeanMethods = false)
class GovernanceHistory {

  @Bean
  HistoryRules governanceHistoryRules() {
    return HistoryRules.ofProjects(
        Map.of(
            "gate", "select g.projectLifecycle.projectId from Gate g where g.id = :id",
            "gate-review",
                "select r.gate.projectLifecycle.projectId from GateReview r where r.id = :id",
            "gate-condition",
                "select c.review.gate.projectLifecycle.projectId from GateCondition c"
                    + " where c.id = :id"));
  }
}
