package org.cairnpmo.planning.domain;

import org.springframework.stereotype.Component;

/** The repositories of a plan and everything in it, handed around together. */
@Component
class PlanStore {

  final PlanRepository plans;
  final PlanTaskRepository tasks;
  final PlanLinkRepository links;
  final PlanCalendarRepository calendars;
  final PlanResourceRepository resources;
  final TaskRequirementRepository requirements;
  final BaselineRepository baselines;

  PlanStore(
      PlanRepository plans,
      PlanTaskRepository tasks,
      PlanLinkRepository links,
      PlanCalendarRepository calendars,
      PlanResourceRepository resources,
      TaskRequirementRepository requirements,
      BaselineRepository baselines) {
    this.plans = plans;
    this.tasks = tasks;
    this.links = links;
    this.calendars = calendars;
    this.resources = resources;
    this.requirements = requirements;
    this.baselines = baselines;
  }

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
