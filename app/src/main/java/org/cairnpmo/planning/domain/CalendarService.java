package org.cairnpmo.planning.domain;

import java.util.Objects;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.planning.CalendarData;
import org.cairnpmo.planning.CalendarView;
import org.cairnpmo.planning.PlanEdit;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's own calendars, each derived from a base (the organization's calendar when none is
 * named): for the plan, for tasks and for resources. A calendar in use (by the plan, a task, a
 * resource or as another calendar's base) is not deleted.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CalendarService {

  private final PlanEditor editor;

  @Transactional
  public PlanEdit<CalendarView> add(
      long projectId, CalendarData data, long expectedVersion, CurrentUser me) {
    return editor.edit(
        PlanEditor.at(projectId, expectedVersion, me),
        context -> {
          check(context, data, null);
          PlanCalendar calendar =
              context
                  .store()
                  .calendars()
                  .save(PlanCalendar.of(context.planId(), data, data.baseCalendarId()));
          context.calendarsChanged();
          return calendar::view;
        });
  }

  @Transactional
  public PlanEdit<CalendarView> edit(
      long projectId, long calendarId, CalendarData data, long expectedVersion, CurrentUser me) {
    return editor.edit(
        PlanEditor.at(projectId, expectedVersion, me),
        context -> {
          PlanCalendar calendar = own(context, calendarId);
          check(context, data, calendar);
          calendar.write(data, data.baseCalendarId());
          context.calendarsChanged();
          return calendar::view;
        });
  }

  @Transactional
  public PlanEdit<Void> delete(
      long projectId, long calendarId, long expectedVersion, CurrentUser me) {
    return editor.delete(
        PlanEditor.at(projectId, expectedVersion, me),
        context -> {
          PlanCalendar calendar = own(context, calendarId);
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
          context.calendarsChanged();
        });
  }

  /** A calendar of this plan (the organization's is not the plan's to change). */
  static PlanCalendar own(PlanContext context, long calendarId) {
    return context
        .store()
        .calendars()
        .findById(calendarId)
        .filter(c -> Objects.equals(c.getPlanId(), context.planId()))
        .orElseThrow(() -> new NotFoundException("Calendar", calendarId));
  }

  /** The calendar's rules, and a base of this plan (or the organization's) that is not itself. */
  private static void check(PlanContext context, CalendarData data, PlanCalendar self) {
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
