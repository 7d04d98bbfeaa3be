package org.cairnpmo.control.domain;

import java.util.Map;
import java.util.Set;
import org.cairnpmo.platform.history.HistoryRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The RAID log, milestones, status reports and a project's reporting cadence show their history to
 * whoever sees the project; the rating rules, which every one reads, to everyone.
 */
@Configuration(proxyBeanMethods = false)
class ControlHistory {

  @Bean
  HistoryRules controlHistoryRules() {
    return new HistoryRules(
        Map.of(
            "reporting-cadence", "select e.projectId from ReportingCadence e where e.id = :id",
            "risk", "select e.projectId from Risk e where e.id = :id",
            "issue", "select e.projectId from Issue e where e.id = :id",
            "decision", "select e.projectId from Decision e where e.id = :id",
            "assumption", "select e.projectId from Assumption e where e.id = :id",
            "dependency", "select e.projectId from Dependency e where e.id = :id",
            "milestone", "select e.projectId from Milestone e where e.id = :id",
            "status-report", "select e.projectId from StatusReport e where e.id = :id"),
        Set.of("rating-rule"));
  }
}
