package org.cairnpmo.planning.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.planning.Distribution;
import org.cairnpmo.planning.DurationUnit;
import org.cairnpmo.planning.PlanEdit;
import org.cairnpmo.planning.PlanningApi;
import org.cairnpmo.planning.TaskData;
import org.cairnpmo.planning.TaskView;
import org.cairnpmo.planning.ThreePointEstimate;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.web.OnStaleVersion;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Schedule risk: every task's three-point estimate (optimistic, most likely, pessimistic working
 * days and the distribution between them), set one task at a time or filled in for every task that
 * has none from its duration and a spread.
 */
@Controller
@RequestMapping("/projects/{projectId}/plan")
@OnStaleVersion(
    message =
        "Someone else changed the plan meanwhile, so the estimate was not saved. Here it is as it"
            + " is now; enter it again.",
    redirect = "/projects/{projectId}/plan/risk")
record PlanRiskPageController(PlanningApi planning, PlanPages pages) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @GetMapping("/risk")
  String show(@PathVariable long projectId, CurrentUser me, Model model) {
    return page(planning, pages, projectId, me, model);
  }

  /** The risk page; the simulation's answer without JavaScript is this page with its result. */
  static String page(
      PlanningApi planning, PlanPages pages, long projectId, CurrentUser me, Model model) {
    pages.header(projectId, "risk", me, model);
    List<TaskView> work =
        planning.allTasks(projectId, null, me).stream().filter(t -> !t.summary()).toList();
    model.addAttribute("work", work);
    model.addAttribute("estimated", work.stream().filter(t -> t.estimate() != null).count());
    model.addAttribute("distributions", Distribution.values());
    return "planning/risk";
  }

  @PostMapping("/tasks/{taskId}/estimate")
  String estimate(
      @PathVariable long projectId,
      @PathVariable long taskId,
      @RequestParam(required = false) BigDecimal optimistic,
      @RequestParam(required = false) BigDecimal mostLikely,
      @RequestParam(required = false) BigDecimal pessimistic,
      @RequestParam(required = false) Distribution distribution,
      PlanPageChange edit) {
    ThreePointEstimate estimate =
        optimistic == null && mostLikely == null && pessimistic == null
            ? null
            : new ThreePointEstimate(
                minutes(optimistic), minutes(mostLikely), minutes(pessimistic), distribution);
    return edit.change(
        estimate == null ? "Estimate removed." : "Estimate saved.",
        () -> {
          TaskView task = planning.task(projectId, taskId, null, edit.me());
          return planning.editTask(
              projectId,
              taskId,
              TaskEdits.of(task).estimate(estimate).data(),
              edit.version(),
              edit.me());
        },
        "/projects/" + projectId + "/plan/tasks/" + taskId + "#estimate");
  }

  /**
   * Gives every task without an estimate one from its duration: optimistic and pessimistic that
   * many percent below and above it, most likely the duration itself.
   */
  @PostMapping("/risk/fill")
  String fill(
      @PathVariable long projectId,
      @RequestParam BigDecimal below,
      @RequestParam BigDecimal above,
      @RequestParam(required = false) Distribution distribution,
      PlanPageChange edit) {
    return edit.change(
        "Estimates filled in.",
        () -> fillAll(projectId, below, above, distribution, edit.version(), edit.me()),
        "/projects/" + projectId + "/plan/risk");
  }

  private PlanEdit<?> fillAll(
      long projectId,
      BigDecimal below,
      BigDecimal above,
      Distribution distribution,
      long version,
      CurrentUser me) {
    if (below.signum() < 0 || below.compareTo(HUNDRED) > 0 || above.signum() < 0) {
      throw InvalidInputException.of(
          "below", "The spread is 0 to 100 % below and 0 % or more above the duration");
    }
    Map<Long, TaskData> changes = new LinkedHashMap<>();
    for (TaskView t : planning.allTasks(projectId, null, me)) {
      if (t.summary() || t.milestone() || t.estimate() != null) {
        continue;
      }
      long d = t.durationMinutes();
      ThreePointEstimate estimate =
          new ThreePointEstimate(
              scaled(d, HUNDRED.subtract(below)), d, scaled(d, HUNDRED.add(above)), distribution);
      changes.put(t.id(), TaskEdits.of(t).estimate(estimate).data());
    }
    if (changes.isEmpty()) {
      throw new BusinessRuleException(
          "nothing-to-estimate", "Every task with a duration has an estimate already.");
    }
    return planning.editTasks(projectId, changes, version, me);
  }

  private static long scaled(long minutes, BigDecimal percent) {
    return BigDecimal.valueOf(minutes)
        .multiply(percent)
        .divide(HUNDRED, 0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  private static Long minutes(BigDecimal days) {
    return days == null ? null : DurationUnit.DAYS.minutes(days);
  }
}
