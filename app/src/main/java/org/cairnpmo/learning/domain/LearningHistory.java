package org.cairnpmo.learning.domain;

import org.cairnpmo.platform.history.HistoryRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The catalog (courses, sessions, paths) is everyone's, so is its history. A person's enrollments,
 * certifications and assessments keep the default: administrators' and the PMO's only.
 */
@Configuration(proxyBeanMethods = false)
class LearningHistory {

  @Bean
  HistoryRules learningHistoryRules() {
    return HistoryRules.forEveryone("course", "course-session", "learning-path");
  }
}
