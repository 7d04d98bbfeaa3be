package org.cairnpmo.planning.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanCalendarRepository extends JpaRepository<PlanCalendar, Long> {

  Optional<PlanCalendar> findByOrganizationDefaultTrue();

  List<PlanCalendar> findByPlanIdOrderByNameAscIdAsc(long planId);
}
