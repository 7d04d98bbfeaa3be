package org.cairnpmo.planning.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.planning.DurationUnit;
import org.cairnpmo.planning.LinkView;
import org.cairnpmo.planning.PlanEdit;
import org.cairnpmo.planning.PlanView;
import org.cairnpmo.planning.PlanningApi;
import org.cairnpmo.planning.TaskData;
import org.cairnpmo.planning.TaskView;
import org.cairnpmo.planning.Variance;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.web.StaleVersionPages;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The plan as a Gantt chart: the page, the rows it draws (JSON in the shape {@code
 * static/js/gantt.js} reads) and the answer to a bar dragged on it. Moving a bar gives the task a
 * "start no earlier than" constraint on the day it was dropped (a fixed start if it is manually
 * scheduled), as MS Project does; dragging its end changes its duration to the working days up to
 * the day it was dropped.
 */
@Controller
@RequestMapping("/projects/{projectId}/plan")
record PlanGanttPageController(PlanningApi planning, PlanPages pages) {

  /** One row of the chart; dates are ISO local date-times, links the task's predecessors. */
  record GanttTask(
      String id,
      String wbs,
      String name,
      int level,
      String start,
      String finish,
      String baselineStart,
      String baselineFinish,
      double percent,
      String duration,
      boolean critical,
      boolean milestone,
      boolean summary,
      long version,
      List<GanttLink> links) {}

  record GanttLink(String from, String type) {}

  record GanttData(
      String today, String statusDate, List<Integer> nonWorkingWeekdays, List<GanttTask> tasks) {}

  /** What a drag answers: what happened, in words, and the moved tasks. */
  record DragAnswer(String message, List<String> moved) {}

  @GetMapping("/gantt")
  String page(
      @PathVariable long projectId,
      @RequestParam(required = false) Integer baseline,
      CurrentUser me,
      Model model) {
    pages.header(projectId, "gantt", me, model);
    model.addAttribute("baselines", planning.baselines(projectId, me));
    model.addAttribute("baseline", baseline);
    model.addAttribute("editUrl", "/projects/" + projectId + "/plan/tasks/{id}/dates");
    return "planning/gantt";
  }

  @GetMapping(value = "/gantt.json", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  GanttData rows(
      @PathVariable long projectId,
      @RequestParam(required = false) Integer baseline,
      CurrentUser me) {
    pages.project(projectId, me);
    PlanView plan = planning.plan(projectId, me);
    List<TaskView> tasks = planning.allTasks(projectId, baseline, me);
    Map<Long, List<GanttLink>> links = new HashMap<>();
    for (LinkView l : planning.links(projectId, me)) {
      links
          .computeIfAbsent(l.successorId(), k -> new ArrayList<>())
          .add(new GanttLink(Long.toString(l.predecessorId()), l.type().name()));
    }
    PlanFormat fmt = PlanFormat.INSTANCE;
    List<GanttTask> rows = new ArrayList<>(tasks.size());
    for (TaskView t : tasks) {
      Variance v = t.variance();
      rows.add(
          new GanttTask(
              Long.toString(t.id()),
              t.wbs(),
              t.name(),
              t.outlineLevel(),
              text(t.start()),
              text(t.finish()),
              v == null ? null : text(v.baselineStart()),
              v == null ? null : text(v.baselineFinish()),
              t.percentComplete(),
              fmt.duration(t),
              t.critical(),
              t.milestone(),
              t.summary(),
              t.version(),
              links.getOrDefault(t.id(), List.of())));
    }
    return new GanttData(
        pages.today().toString(),
        text(plan.statusDate()),
        week(projectId, plan, me).isoDays(),
        rows);
  }

  @PostMapping(value = "/tasks/{taskId}/dates", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ResponseEntity<DragAnswer> drag(
      @PathVariable long projectId,
      @PathVariable long taskId,
      @RequestParam LocalDate start,
      @RequestParam(required = false) LocalDate finish,
      @RequestParam long version,
      CurrentUser me) {
    pages.requireEditor(projectId, me);
    TaskView task = planning.task(projectId, taskId, null, me);
    TaskData data;
    String done;
    if (finish != null && !task.milestone()) {
      LocalDate from = task.start() == null ? start : task.start().toLocalDate();
      PlanView plan = planning.plan(projectId, me);
      long days = week(projectId, plan, me).workingDays(from, finish);
      data =
          TaskEdits.of(task).duration(days * DurationUnit.DAYS.minutes(), DurationUnit.DAYS).data();
      done = task.name() + " now takes " + days + (days == 1 ? " day." : " days.");
    } else {
      data = TaskEdits.of(task).startAt(start.atTime(PlanPages.DAY_START)).data();
      done =
          task.name()
              + " starts no earlier than "
              + PlanFormat.INSTANCE.day(start.atTime(PlanPages.DAY_START))
              + ".";
    }
    try {
      PlanEdit<TaskView> edit = planning.editTask(projectId, taskId, data, version, me);
      return ResponseEntity.ok(
          new DragAnswer(
              done + " " + PlanPages.movedHeadline(edit.schedule()),
              PlanPages.movedLines(edit.schedule())));
    } catch (InvalidInputException e) {
      return refused(HttpStatus.BAD_REQUEST, PlanPages.problems(e));
    } catch (BusinessRuleException e) {
      return refused(HttpStatus.CONFLICT, e.getMessage());
    } catch (RuntimeException e) {
      if (!StaleVersionPages.isStale(e)) {
        throw e;
      }
      return refused(
          HttpStatus.CONFLICT,
          "Someone else changed the plan meanwhile, so the bar was not moved. Here is the plan as it"
              + " is now.");
    }
  }

  private PlanWeek week(long projectId, PlanView plan, CurrentUser me) {
    return PlanWeek.of(plan.calendarId(), planning.calendars(projectId, me));
  }

  private static ResponseEntity<DragAnswer> refused(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(new DragAnswer(message, List.of()));
  }

  private static String text(LocalDateTime at) {
    return at == null ? null : at.toString();
  }
}
