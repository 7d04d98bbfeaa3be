package org.cairnpmo.planning.domain;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Empties a plan of everything in it (calendars, tasks, links, resources, requirements, baselines,
 * conflicts), keeping the plan itself, before a whole plan replaces it. The plan must no longer
 * name one of its calendars.
 */
@Component
record PlanWipe(EntityManager entityManager) {

  private static final List<String> STATEMENTS =
      List.of(
          "delete from pln_baseline_task where baseline_id in"
              + " (select id from pln_baseline where plan_id = :plan)",
          "delete from pln_baseline where plan_id = :plan",
          "delete from pln_requirement where plan_id = :plan",
          "delete from pln_link where plan_id = :plan",
          "delete from pln_conflict where plan_id = :plan",
          "update pln_task set parent_id = null where plan_id = :plan",
          "delete from pln_task where plan_id = :plan",
          "delete from pln_resource where plan_id = :plan",
          "delete from pln_calendar_weekday where calendar_id in"
              + " (select id from pln_calendar where plan_id = :plan)",
          "delete from pln_calendar_exception where calendar_id in"
              + " (select id from pln_calendar where plan_id = :plan)",
          "update pln_calendar set base_calendar_id = null where plan_id = :plan",
          "delete from pln_calendar where plan_id = :plan");

  void wipe(long planId) {
    entityManager.flush();
    for (String statement : STATEMENTS) {
      entityManager.createNativeQuery(statement).setParameter("plan", planId).executeUpdate();
    }
  }
}
