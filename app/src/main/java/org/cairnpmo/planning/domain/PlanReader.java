package org.cairnpmo.planning.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.planning.PlanView;
import org.cairnpmo.planning.ScheduleMode;
import org.cairnpmo.projects.ProjectView;
import org.springframework.stereotype.Component;

/**
 * A plan as whoever sees its project reads it. A project without a plan yet reads as an empty,
 * unsaved plan (id 0, version 0) starting on the project's planned start.
 */
@Component
record PlanReader(PlanStore store, PlanAccess access, Clock clock) {

  /** The project a reader may see, and its plan if it has one. */
  record Read(ProjectView project, Plan plan, CurrentUser viewer) {

    boolean exists() {
      return plan != null;
    }

    long planId() {
      return plan == null ? 0 : plan.getId();
    }

    long version() {
      return plan == null ? 0 : plan.getVersion();
    }
  }

  Read read(long projectId, CurrentUser viewer) {
    ProjectView project = access.visible(projectId, viewer);
    return new Read(project, store.plans().findByProjectId(projectId).orElse(null), viewer);
  }

  Optional<Plan> plan(long projectId) {
    return store.plans().findByProjectId(projectId);
  }

  List<PlanTask> tasks(Read read) {
    return ofPlan(read, store.tasks()::findByPlanIdOrderByOutlineIndexAsc);
  }

  List<PlanLink> links(Read read) {
    return ofPlan(read, store.links()::findByPlanIdOrderByIdAsc);
  }

  List<PlanResource> resources(Read read) {
    return ofPlan(read, store.resources()::findByPlanIdOrderByNameAscIdAsc);
  }

  List<TaskRequirement> requirements(Read read) {
    return ofPlan(read, store.requirements()::findByPlanIdOrderByIdAsc);
  }

  /** The plan's own calendars by name; the organization's is not among them. */
  List<PlanCalendar> ownCalendars(Read read) {
    return ofPlan(read, store.calendars()::findByPlanIdOrderByNameAscIdAsc);
  }

  /** What the plan holds; a project without a plan yet holds nothing. */
  private static <T> List<T> ofPlan(Read read, LongFunction<List<T>> find) {
    return read.exists() ? find.apply(read.planId()) : List.of();
  }

  CalendarBook calendars(Read read) {
    return read.exists()
        ? store.calendarBook(read.planId())
        : new CalendarBook(store.organizationCalendar(), List.of());
  }

  PlanView view(Read read) {
    Plan plan = read.plan();
    boolean editable = PlanAccess.mayEdit(read.project(), read.viewer());
    long organizationCalendar = store.organizationCalendar().getId();
    if (plan == null) {
      return new PlanView(
          0,
          read.project().id(),
          startOf(read.project()),
          null,
          organizationCalendar,
          ScheduleMode.MS_PROJECT,
          0,
          null,
          null,
          0,
          List.of(),
          editable,
          0,
          null,
          null,
          null,
          null);
    }
    List<PlanTask> tasks = tasks(read);
    return new PlanView(
        plan.getId(),
        plan.getProjectId(),
        plan.getStartAt(),
        plan.getStatusDate(),
        plan.getCalendarId() == null ? organizationCalendar : plan.getCalendarId(),
        plan.getScheduleMode(),
        plan.getNearCriticalMinutes(),
        plan.getScheduledAt(),
        plan.getFinishAt(),
        tasks.size(),
        Rescheduler.conflictViews(plan.getConflicts(), tasks),
        editable,
        plan.getVersion(),
        plan.audit().createdAt(),
        plan.audit().createdBy(),
        plan.audit().updatedAt(),
        plan.audit().updatedBy());
  }

  /** A new plan starts on the project's planned start, or today, at the start of the day. */
  java.time.LocalDateTime startOf(ProjectView project) {
    LocalDate day =
        project.plannedStart() != null
            ? project.plannedStart()
            : LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
    return day.atTime(PlanEditor.DAY_START);
  }
}
