package org.cairnpmo.planning.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.planning.CalendarData;
import org.cairnpmo.planning.CalendarException;
import org.cairnpmo.planning.CalendarView;
import org.cairnpmo.planning.PlanEdit;
import org.cairnpmo.planning.PlanSettings;
import org.cairnpmo.planning.PlanView;
import org.cairnpmo.planning.PlanningApi;
import org.cairnpmo.planning.ScheduleMode;
import org.cairnpmo.planning.domain.CalendarService;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.history.web.HistoryPanel;
import org.cairnpmo.platform.web.OnStaleVersion;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A plan's settings and calendars: its start, status date, calendar and conventions; the
 * organization's calendar and the plan's own, each with its working week and exceptions; a new
 * calendar of the plan, and non-working days added to or removed from one of the plan's calendars.
 */
@Controller
@RequestMapping("/projects/{projectId}/plan")
@OnStaleVersion(
    message =
        "Someone else changed the plan meanwhile, so your change was not saved. Here it is as it"
            + " is now; apply your change again.",
    redirect = "/projects/{projectId}/plan/calendars")
record PlanCalendarPageController(
    PlanningApi planning, PlanPages pages, CalendarService calendarService, HistoryPanel history) {

  @GetMapping("/calendars")
  String show(@PathVariable long projectId, CurrentUser me, Model model) {
    PlanView plan = pages.header(projectId, "calendars", me, model);
    model.addAttribute("calendars", planning.calendars(projectId, me));
    // The page where the plan's settings are edited shows the plan's history.
    history.addTo(model, "plan", plan.id());
    model.addAttribute("days", DayOfWeek.values());
    model.addAttribute("modes", ScheduleMode.values());
    return "planning/calendars";
  }

  @PostMapping("/settings")
  String settings(
      @PathVariable long projectId,
      @RequestParam LocalDate start,
      @RequestParam(required = false) LocalDate statusDate,
      @RequestParam(required = false) Long calendarId,
      @RequestParam(required = false) ScheduleMode scheduleMode,
      PlanPageChange edit) {
    return edit.change(
        "Plan settings saved.",
        () -> {
          PlanView plan = planning.plan(projectId, edit.me());
          PlanSettings settings =
              new PlanSettings(
                  start.atTime(PlanPages.DAY_START),
                  statusDate == null ? null : statusDate.atTime(PlanPages.DAY_START),
                  calendarId,
                  scheduleMode,
                  plan.nearCriticalMinutes());
          return planning.updatePlan(projectId, settings, edit.version(), edit.me());
        },
        calendars(projectId));
  }

  @PostMapping("/calendars")
  String addCalendar(
      @PathVariable long projectId,
      @RequestParam(defaultValue = "") String name,
      PlanPageChange edit) {
    return edit.change(
        "Calendar added: " + name.strip() + ".",
        () ->
            calendarService.add(
                projectId,
                new CalendarData(name.strip(), null, null, null),
                edit.version(),
                edit.me()),
        calendars(projectId));
  }

  @PostMapping("/calendars/{calendarId}/exceptions")
  String addException(
      @PathVariable long projectId,
      @PathVariable long calendarId,
      @RequestParam(defaultValue = "") String name,
      @RequestParam LocalDate firstDay,
      @RequestParam(required = false) LocalDate lastDay,
      PlanPageChange edit) {
    CalendarException added =
        new CalendarException(
            name.strip(), firstDay, lastDay == null ? firstDay : lastDay, List.of());
    return edit.change(
        "Non-working time added.",
        () ->
            editExceptions(
                projectId, calendarId, edit.version(), edit.me(), list -> list.add(added)),
        calendars(projectId));
  }

  @PostMapping("/calendars/{calendarId}/exceptions/{index}/delete")
  String deleteException(
      @PathVariable long projectId,
      @PathVariable long calendarId,
      @PathVariable int index,
      PlanPageChange edit) {
    return edit.change(
        "Non-working time removed.",
        () ->
            editExceptions(
                projectId,
                calendarId,
                edit.version(),
                edit.me(),
                list -> {
                  if (index < 0 || index >= list.size()) {
                    throw new NotFoundException("Calendar exception", index);
                  }
                  list.remove(index);
                }),
        calendars(projectId));
  }

  /** Changes the exceptions of one of the plan's own calendars. */
  private PlanEdit<CalendarView> editExceptions(
      long projectId,
      long calendarId,
      long version,
      CurrentUser me,
      Consumer<List<CalendarException>> edit) {
    CalendarView calendar = planning.calendar(projectId, calendarId, me);
    if (calendar.planId() == null) {
      throw new BusinessRuleException(
          "organization-calendar",
          "The organization's calendar is shared by every plan; add a calendar to this plan and"
              + " change that one.");
    }
    List<CalendarException> exceptions = new ArrayList<>(calendar.exceptions());
    edit.accept(exceptions);
    return calendarService.edit(
        projectId,
        calendarId,
        new CalendarData(calendar.name(), calendar.baseCalendarId(), calendar.week(), exceptions),
        version,
        me);
  }

  private static String calendars(long projectId) {
    return "/projects/" + projectId + "/plan/calendars";
  }
}
