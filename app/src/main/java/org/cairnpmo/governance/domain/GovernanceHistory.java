package org.cairnpmo.governance.domain;

import java.util.Map;
import java.util.Set;
import org.cairnpmo.platform.history.HistoryRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A project's lifecycle, its gates, their reviews (decisions) and conditions follow the project's
 * visibility; the methodology (lifecycles, tiers, the criteria of a project) is everyone's.
 */
@Configuration(proxyBeanMethods = false)
class GovernanceHistory {

  @Bean
  HistoryRules governanceHistoryRules() {
    return new HistoryRules(
        Map.of(
            "project-lifecycle", "select e.projectId from ProjectLifecycle e where e.id = :id",
            "gate", "select g.projectLifecycle.projectId from Gate g where g.id = :id",
            "gate-review",
                "select r.gate.projectLifecycle.projectId from GateReview r where r.id = :id",
            "gate-condition",
                "select c.review.gate.projectLifecycle.projectId from GateCondition c"
                    + " where c.id = :id"),
        Set.of("lifecycle", "tier", "project-criteria"));
  }
}
