package org.cairnpmo.resources.domain;

import java.util.Map;
import org.cairnpmo.platform.history.HistoryRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A staffing request and a project's RACI matrix follow the visibility of their project. The pool's
 * people, equipment and job roles keep the default (administrators and the PMO), as their records
 * say what a person or a day costs. Timesheets are answered in {@code timesheets}.
 */
@Configuration(proxyBeanMethods = false)
class ResourcesHistory {

  @Bean
  HistoryRules resourcesHistoryRules() {
    return HistoryRules.ofProjects(
        Map.of(
            "resource-request", "select e.projectId from ResourceRequest e where e.id = :id",
            "raci-matrix", "select e.projectId from RaciMatrix e where e.id = :id"));
  }
}
