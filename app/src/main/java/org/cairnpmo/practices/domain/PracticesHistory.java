package org.cairnpmo.practices.domain;

import java.util.Map;
import java.util.Set;
import org.cairnpmo.platform.history.HistoryRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The library (methods, templates, KPIs) is everyone's, so is its history; a lesson follows the
 * visibility of the project it was learned on. Maturity assessments keep the default: the PMO's.
 */
@Configuration(proxyBeanMethods = false)
class PracticesHistory {

  @Bean
  HistoryRules practicesHistoryRules() {
    return new HistoryRules(
        Map.of("lesson", "select e.projectId from Lesson e where e.id = :id"),
        Set.of("method", "project-template", "kpi"));
  }
}
