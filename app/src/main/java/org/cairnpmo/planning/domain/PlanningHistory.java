package org.cairnpmo.planning.domain;

import java.util.Map;
import org.cairnpmo.platform.history.HistoryRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tasks of a project's plan show their history to whoever sees the project. */
@Configuration(proxyBeanMethods = false)
class PlanningHistory {

  @Bean
  HistoryRules planningHistoryRules() {
    return HistoryRules.ofProjects(
        Map.of(
            "plan-task",
            "select p.projectId from Plan p"
                + " where p.id = (select t.planId from PlanTask t where t.id = :id)"));
  }
}
