package org.cairnpmo.planning.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import org.cairnpmo.planning.CalendarData;
import org.cairnpmo.planning.CalendarView;
import org.cairnpmo.platform.BusinessRuleException;
import org.springframework.stereotype.Service;

/**
 * A plan's own calendars, each derived from a base (the organization's calendar when none is
 * named): for the plan, for tasks and for resources. A calendar in use (by the plan, a task, a
 * resource or as another calendar's base) is not deleted.
 */
@Service
public class CalendarService extends PlanEntryService<PlanCalendar, CalendarData, CalendarView> {

  CalendarService(PlanEditor editor) {
    super(editor, "Calendar");
  }

  /** A calendar of this plan (the organization's is not the plan's to change). */
  @Override
  Optional<PlanCalendar> lookup(PlanContext context, long id) {
    return context
        .store()
        .calendars()
        .findById(id)
        .filter(c -> Objects.equals(c.getPlanId(), context.planId()));
  }

  @Override
  PlanCalendar create(PlanContext context, CalendarData data) {
    return context
        .store()
        .calendars()
        .save(PlanCalendar.of(context.planId(), data, data.baseCalendarId()));
  }

  @Override
  void write(PlanCalendar calendar, CalendarData data) {
    calendar.write(data, data.baseCalendarId());
  }

  /** Refuses to delete a calendar the plan, a task, a resource or another calendar uses. */
  @Override
  void remove(PlanContext context, PlanCalendar calendar) {
    Long id = calendar.getId();
    PlanStore store = context.store();
    boolean used =
        id.equals(context.plan().getCalendarId())
            || context.tasks().stream().anyMatch(t -> id.equals(t.getCalendarId()))
            || store.resources().findByPlanIdOrderByNameAscIdAsc(context.planId()).stream()
                .anyMatch(r -> id.equals(r.getCalendarId()))
            || store.calendars().findByPlanIdOrderByNameAscIdAsc(context.planId()).stream()
                .anyMatch(c -> id.equals(c.getBaseCalendarId()));
    if (used) {
      throw new BusinessRuleException(
          "calendar-in-use",
          "The calendar \""
              + calendar.getName()
              + "\" is used by the plan, a task, a resource or another calendar: choose"
              + " another calendar there first.");
    }
    store.calendars().delete(calendar);
  }

  @Override
  LongFunction<CalendarView> view(PlanContext context, PlanCalendar calendar) {
    return calendar::view;
  }

  /** The calendars the change read are stale once one of them changed. */
  @Override
  void changed(PlanContext context) {
    context.calendarsChanged();
  }

  /** The calendar's rules, and a base of this plan (or the organization's) that is not itself. */
  @Override
  void check(PlanContext context, CalendarData data, PlanCalendar self) {
    Problems problems = new Problems();
    CalendarChecks.check(data, problems);
    CalendarBook book = context.calendars();
    Long base = data.baseCalendarId();
    problems.require(
        base == null || book.contains(base), "baseCalendarId", "Choose a calendar of this plan.");
    if (self != null && base != null && book.contains(base)) {
      problems.require(
          !book.derivesFrom(base, self.getId()),
          "baseCalendarId",
          "A calendar cannot derive from itself or from a calendar that derives from it.");
    }
    problems.throwIfAny();
  }
}
