package org.cairnpmo.planning.domain;

import java.util.Map;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.history.HistoryAccess;
import org.cairnpmo.platform.history.HistoryRules;
import org.cairnpmo.platform.history.ProjectGuard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * A project's plan and the tasks of its plan show their history to whoever sees the project; a
 * calendar, to whoever sees the plan it belongs to, or to everyone for the organization's
 * calendars.
 */
@Configuration(proxyBeanMethods = false)
class PlanningHistory {

  @Bean
  HistoryRules planningHistoryRules() {
    return HistoryRules.ofProjects(
        Map.of(
            "plan",
            "select p.projectId from Plan p where p.id = :id",
            "plan-task",
            "select p.projectId from Plan p"
                + " where p.id = (select t.planId from PlanTask t where t.id = :id)"));
  }

  /** A calendar of a plan follows the plan's project; one of the organization is everyone's. */
  @Component
  @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
  static class CalendarHistory implements HistoryAccess {

    private final PlanCalendarRepository calendars;
    private final PlanRepository plans;
    private final ProjectGuard projects;
    private final IdentityApi identity;

    @Override
    public Set<String> kinds() {
      return Set.of("plan-calendar");
    }

    @Override
    public void check(String kind, long id) {
      PlanCalendar calendar =
          calendars.findById(id).orElseThrow(() -> new NotFoundException(kind, id));
      if (calendar.getPlanId() == null) {
        identity.requireCurrentUser();
        return;
      }
      Plan plan =
          plans.findById(calendar.getPlanId()).orElseThrow(() -> new NotFoundException(kind, id));
      projects.requireVisible(plan.getProjectId());
    }
  }
}
