package org.cairnpmo.practices.domain;

import java.util.Map;
import java.util.Set;
import org.cairnpmo.platform.history.HistoryRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The library (methods, templates, KPIs) is everyone's, so is its history; a lesson, a project's
 * template items and the template changes offered to it follow the visibility of the project.
 * Maturity assessments, questionnaires and improvement actions keep the default: the PMO's and
 * administrators'; a response is also its respondent's ({@code maturity.ResponseHistory}).
 */
@Configuration(proxyBeanMethods = false)
class PracticesHistory {

  @Bean
  HistoryRules practicesHistoryRules() {
    return new HistoryRules(
        Map.of(
            "lesson", "select e.projectId from Lesson e where e.id = :id",
            "project-item", "select e.projectId from ProjectItem e where e.id = :id",
            "template-change", "select e.projectId from TemplateChange e where e.id = :id"),
        Set.of("method", "project-template", "kpi"));
  }
}
