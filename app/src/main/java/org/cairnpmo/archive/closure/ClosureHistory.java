package org.cairnpmo.archive.closure;

import java.util.Map;
import org.cairnpmo.platform.history.HistoryRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A project's closure follows the visibility of its project. Retention rules keep the default:
 * administrators and the PMO.
 */
@Configuration(proxyBeanMethods = false)
class ClosureHistory {

  @Bean
  HistoryRules closureHistoryRules() {
    return HistoryRules.ofProjects(
        Map.of("closure", "select e.projectId from Closure e where e.id = :id"));
  }
}
