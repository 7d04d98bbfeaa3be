package org.cairnpmo.resources.domain;

import java.util.Map;
import org.cairnpmo.platform.history.HistoryRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A staffing request follows the visibility of its project. The pool's people and equipment keep
 * the default (administrators and the PMO), as their records say what a person costs.
 */
@Configuration(proxyBeanMethods = false)
class ResourcesHistory {

  @Bean
  HistoryRules resourcesHistoryRules() {
    return HistoryRules.ofProjects(
        Map.of("resource-request", "select e.projectId from ResourceRequest e where e.id = :id"));
  }
}
