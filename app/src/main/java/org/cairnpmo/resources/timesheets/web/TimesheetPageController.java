package org.cairnpmo.resources.timesheets.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.history.web.HistoryPanel;
import org.cairnpmo.platform.web.FlashActions;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.platform.web.StaleVersionPages;
import org.cairnpmo.resources.domain.ResourcesAccess;
import org.cairnpmo.resources.timesheets.domain.TimesheetData;
import org.cairnpmo.resources.timesheets.domain.TimesheetService;
import org.cairnpmo.resources.timesheets.domain.TimesheetView;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My timesheet", the week's grid of the person signed in (previous and next week, copy last week,
 * save, submit), and the approval queue of submitted weeks for those who decide on them.
 */
@Controller
record TimesheetPageController(TimesheetService timesheets, Clock clock, HistoryPanel history) {

  private static final String PAGE = "/resources/timesheets";

  @GetMapping(PAGE)
  String week(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
      CurrentUser me,
      Model model) {
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate start = week == null ? LocalDate.now(clock) : week;
    if (start.getDayOfWeek() != DayOfWeek.MONDAY) {
      try {
        timesheets.mine(start, me);
      } catch (InvalidInputException e) {
        errors.put("", e.getMessage() + " Showing the week that holds it.");
      } catch (NotFoundException e) {
        // Not in the pool: the page below says so.
      }
      start = start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
    return page(start, null, errors, me, model);
  }

  @PostMapping(PAGE)
  String save(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
      @RequestParam(required = false) Long version,
      @RequestParam(defaultValue = "save") String action,
      @RequestParam MultiValueMap<String, String> params,
      CurrentUser me,
      Model model,
      RedirectAttributes redirect) {
    WeekForm form = WeekForm.read(params);
    List<FieldProblem> problems = new ArrayList<>();
    var lines = form.lines(problems);
    if (problems.isEmpty()) {
      try {
        TimesheetView saved =
            timesheets.saveMine(
                week, new TimesheetData(lines, version), version == null ? -1 : version, me);
        if ("submit".equals(action)) {
          saved = timesheets.submit(saved.id(), saved.version(), me);
          redirect.addFlashAttribute("flash", "Week of " + week + " submitted for approval.");
        } else {
          redirect.addFlashAttribute("flash", "Week of " + week + " saved as a draft.");
        }
        return "redirect:" + PAGE + "?week=" + saved.weekStart();
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      } catch (BusinessRuleException e) {
        problems.add(new FieldProblem("", e.getMessage()));
      } catch (RuntimeException e) {
        if (!StaleVersionPages.isStale(e)) {
          throw e;
        }
        problems.add(
            new FieldProblem(
                "", "This week was changed meanwhile (in another window?): look at it again."));
      }
    }
    Map<String, String> errors = new LinkedHashMap<>();
    problems.forEach(p -> errors.merge("", p.message(), (a, b) -> a + " " + b));
    return page(week, form.withBlanks(true), errors, me, model);
  }

  @PostMapping(PAGE + "/copy")
  String copy(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
      @RequestParam(required = false) Long version,
      CurrentUser me,
      RedirectAttributes redirect) {
    return step(
        () -> timesheets.copyLastWeek(week, version == null ? -1 : version, me),
        "Last week's lines copied, without their hours.",
        PAGE + "?week=" + week,
        redirect);
  }

  @GetMapping(PAGE + "/approvals")
  String approvals(@RequestParam(defaultValue = "0") int page, CurrentUser viewer, Model model) {
    Paging.check(page, 20);
    Page<TimesheetView> queue = timesheets.queue(page, 20, viewer);
    model.addAttribute("weeks", queue.getContent());
    model.addAttribute("queuePage", queue);
    return "resources/timesheet-approvals";
  }

  /** Approves or returns a week from the queue. */
  @PostMapping(PAGE + "/{id}/{step}")
  String decide(
      @PathVariable long id,
      @PathVariable String step,
      @RequestParam(required = false) Long version,
      @RequestParam(required = false) String reason,
      CurrentUser viewer,
      RedirectAttributes redirect) {
    long v = version == null ? -1 : version;
    return switch (step) {
      case "approve" ->
          step(
              () -> timesheets.approve(id, v, viewer),
              "Week approved and locked.",
              PAGE + "/approvals",
              redirect);
      case "return" ->
          step(
              () -> timesheets.returnToPerson(id, reason, v, viewer),
              "Week returned to its person.",
              PAGE + "/approvals",
              redirect);
      default -> throw new NotFoundException("Step", step);
    };
  }

  private static String step(
      java.util.function.Supplier<TimesheetView> action,
      String done,
      String back,
      RedirectAttributes redirect) {
    FlashActions.run(
            redirect, "Someone else changed this week meanwhile: look at it again.", action)
        .ifPresent(
            week ->
                redirect.addFlashAttribute(
                    "flash", done + " (" + week.personName() + ", " + week.weekStart() + ")"));
    return "redirect:" + back;
  }

  private String page(
      LocalDate week, WeekForm typed, Map<String, String> errors, CurrentUser me, Model model) {
    model.addAttribute("errors", errors);
    model.addAttribute("week", week);
    model.addAttribute("previous", week.minusWeeks(1));
    model.addAttribute("next", week.plusWeeks(1));
    List<LocalDate> days = new ArrayList<>();
    for (int d = 0; d < 7; d++) {
      days.add(week.plusDays(d));
    }
    model.addAttribute("days", days);
    // Only those who may decide on someone's week are shown the way to the queue.
    model.addAttribute(
        "decidesWeeks",
        ResourcesAccess.editsPool(me)
            || me.hasAnyRole(Role.PROJECT_MANAGER)
            || !timesheets.queue(0, 1, me).isEmpty());
    TimesheetView sheet;
    try {
      sheet = timesheets.mine(week, me);
    } catch (NotFoundException e) {
      model.addAttribute("notInPool", true);
      return "resources/timesheet";
    }
    model.addAttribute("sheet", sheet);
    if (sheet.id() != null) {
      history.addTo(model, "timesheet", sheet.id());
    }
    model.addAttribute("form", typed != null ? typed : WeekForm.of(sheet));
    model.addAttribute("targets", timesheets.targets(me));
    return "resources/timesheet";
  }
}
