package org.cairnpmo.control.domain;

import java.util.Map;
import org.cairnpmo.platform.history.HistoryRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The RAID log, milestones and status reports show their history to whoever sees the project. */
@Configuration(proxyBeanMethods = false)
class ControlHistory {

  @Bean
  HistoryRules controlHistoryRules() {
    return HistoryRules.ofProjects(
        Map.of(
            "risk", "select e.projectId from Risk e where e.id = :id",
            "issue", "select e.projectId from Issue e where e.id = :id",
            "decision", "select e.projectId from Decision e where e.id = :id",
            "assumption", "select e.projectId from Assumption e where e.id = :id",
            "dependency", "select e.projectId from Dependency e where e.id = :id",
            "milestone", "select e.projectId from Milestone e where e.id = :id",
            "status-report", "select e.projectId from StatusReport e where e.id = :id"));
  }
}
