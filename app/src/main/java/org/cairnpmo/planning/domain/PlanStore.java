package org.cairnpmo.planning.domain;

import org.springframework.stereotype.Component;

/** The repositories of a plan and everything in it, handed around together. */
@Component
record PlanStore(
    PlanRepository plans,
    PlanTaskRepository tasks,
    PlanLinkRepository links,
    PlanCalendarRepository calendars,
    PlanResourceRepository resources,
    TaskRequirementRepository requirements,
    BaselineRepository baselines) {

  PlanCalendar organizationCalendar() {
    return calendars
        .findByOrganizationDefaultTrue()
        .orElseThrow(() -> new IllegalStateException("The organization's calendar is missing"));
  }

  CalendarBook calendarBook(long planId) {
    return new CalendarBook(
        organizationCalendar(), calendars.findByPlanIdOrderByNameAscIdAsc(planId));
  }
}
