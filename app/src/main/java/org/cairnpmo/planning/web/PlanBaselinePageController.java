package org.cairnpmo.planning.web;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.planning.BaselineView;
import org.cairnpmo.planning.PlanLimits;
import org.cairnpmo.planning.PlanningApi;
import org.cairnpmo.planning.TaskView;
import org.cairnpmo.platform.web.OnStaleVersion;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A plan's baselines: save the plan as it stands under a number (0 to 10, as MS Project's Baseline
 * and Baseline 1 to 10) and a name, compare the plan with any of them (the tasks whose finish moved
 * most; the task table's variance columns and the Gantt's baseline bars are one link away), delete
 * one.
 */
@Controller
@RequestMapping("/projects/{projectId}/plan/baselines")
@OnStaleVersion(
    message =
        "Someone else changed the plan meanwhile, so the baseline was not saved. Check the plan and"
            + " save it again.",
    redirect = "/projects/{projectId}/plan/baselines")
record PlanBaselinePageController(PlanningApi planning, PlanPages pages) {

  /** The moved tasks the comparison lists. */
  static final int SLIPPED_SHOWN = 10;

  @GetMapping
  String show(
      @PathVariable long projectId,
      @RequestParam(required = false) Integer compare,
      CurrentUser me,
      Model model) {
    pages.header(projectId, "baselines", me, model);
    List<BaselineView> baselines = planning.baselines(projectId, me);
    Integer chosen =
        compare != null || baselines.isEmpty()
            ? compare
            : Integer.valueOf(baselines.get(0).number());
    model.addAttribute("baselines", baselines);
    model.addAttribute("compare", chosen);
    model.addAttribute(
        "numbers", IntStream.rangeClosed(0, PlanLimits.MAX_BASELINE_NUMBER).boxed().toList());
    model.addAttribute("nextNumber", nextNumber(baselines));
    if (chosen != null && baselines.stream().anyMatch(b -> b.number() == chosen)) {
      compare(projectId, chosen, me, model);
    }
    return "planning/baselines";
  }

  private void compare(long projectId, int number, CurrentUser me, Model model) {
    List<TaskView> tasks = planning.allTasks(projectId, number, me);
    List<TaskView> moved =
        tasks.stream()
            .filter(t -> !t.summary() && t.variance() != null)
            .filter(t -> t.variance().finishVarianceMinutes() != null)
            .filter(t -> t.variance().finishVarianceMinutes() != 0)
            .sorted(
                Comparator.comparing((TaskView t) -> Math.abs(t.variance().finishVarianceMinutes()))
                    .reversed())
            .toList();
    model.addAttribute("slipped", moved.stream().limit(SLIPPED_SHOWN).toList());
    model.addAttribute("slippedCount", moved.size());
    model.addAttribute(
        "later", moved.stream().filter(t -> t.variance().finishVarianceMinutes() > 0).count());
    model.addAttribute(
        "added", tasks.stream().filter(t -> t.variance() == null && !t.summary()).count());
  }

  @PostMapping
  String save(
      @PathVariable long projectId,
      @RequestParam int number,
      @RequestParam(defaultValue = "") String name,
      @RequestParam long version,
      CurrentUser me,
      RedirectAttributes redirect) {
    pages.requireEditor(projectId, me);
    return PlanPages.redirectAfter(
        redirect,
        () -> {
          // A blank name is the planning API's to fill in ("Baseline 2").
          BaselineView saved = planning.saveBaseline(projectId, number, name.strip(), version, me);
          redirect.addFlashAttribute(
              "flash",
              "Baseline "
                  + saved.number()
                  + " saved: "
                  + saved.name()
                  + " ("
                  + saved.taskCount()
                  + (saved.taskCount() == 1 ? " task)." : " tasks)."));
          return back(projectId) + "?compare=" + saved.number();
        },
        back(projectId));
  }

  @PostMapping("/{number}/delete")
  String delete(
      @PathVariable long projectId,
      @PathVariable int number,
      @RequestParam long version,
      CurrentUser me,
      RedirectAttributes redirect) {
    pages.requireEditor(projectId, me);
    planning.deleteBaseline(projectId, number, version, me);
    redirect.addFlashAttribute("flash", "Baseline " + number + " deleted.");
    return back(projectId);
  }

  private static int nextNumber(List<BaselineView> baselines) {
    for (int n = 0; n <= PlanLimits.MAX_BASELINE_NUMBER; n++) {
      int candidate = n;
      if (baselines.stream().noneMatch(b -> b.number() == candidate)) {
        return n;
      }
    }
    return PlanLimits.MAX_BASELINE_NUMBER;
  }

  private static String back(long projectId) {
    return "redirect:/projects/" + projectId + "/plan/baselines";
  }
}
