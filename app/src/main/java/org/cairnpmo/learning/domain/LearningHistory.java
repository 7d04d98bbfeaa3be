package org.cairnpmo.learning.domain;

import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.platform.history.HistoryAccess;
import org.cairnpmo.platform.history.HistoryRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The catalog (courses, sessions, paths) and the competency framework (competencies, target
 * profiles) are everyone's, so is their history. A mentoring pair's is seen by whoever sees the
 * pair (its mentor, its mentee, the PMO), a coaching's by the PMO. A person's enrollments,
 * certifications, assessments and the training budget keep the default: administrators' and the
 * PMO's only.
 */
@Configuration(proxyBeanMethods = false)
class LearningHistory {

  @Bean
  HistoryRules learningHistoryRules() {
    return HistoryRules.forEveryone(
        "course", "course-session", "learning-path", "competency", "target-profile");
  }

  /** Mentoring and coaching follow the rules of their own pages. */
  @Component
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class MentoringHistory implements HistoryAccess {

    private final MentoringService mentoring;
    private final IdentityApi identity;

    @Override
    public Set<String> kinds() {
      return Set.of("mentoring", "coaching");
    }

    @Override
    public void check(String kind, long id) {
      if ("mentoring".equals(kind)) {
        mentoring.pair(id, identity.requireCurrentUser());
      } else {
        mentoring.coaching(id, identity.requireCurrentUser());
      }
    }
  }
}
