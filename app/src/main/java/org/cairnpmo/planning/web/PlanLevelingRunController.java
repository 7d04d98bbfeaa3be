package org.cairnpmo.planning.web;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cairnpmo.engine.schedule.InvalidScheduleException;
import org.cairnpmo.engine.schedule.ScheduledTask;
import org.cairnpmo.engine.schedule.leveling.LeveledPlan;
import org.cairnpmo.engine.schedule.leveling.LevelingMode;
import org.cairnpmo.engine.schedule.leveling.LevelingOptions;
import org.cairnpmo.engine.schedule.leveling.ResourceLeveler;
import org.cairnpmo.engine.schedule.leveling.TaskDelay;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.planning.PlanEdit;
import org.cairnpmo.planning.PlanningApi;
import org.cairnpmo.planning.TaskData;
import org.cairnpmo.planning.TaskView;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.web.OnStaleVersion;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Levels a plan with the engine's leveler ({@code org.cairnpmo.engine.schedule.leveling}) and shows
 * the plan before and after side by side, without changing it; accepting gives each delayed task a
 * "start no earlier than" constraint on its leveled start (as the leveler models a delay),
 * discarding leaves the plan as it was. The moves travel with the accept form, so nothing is kept
 * between the two requests and any node answers either.
 */
@Controller
@RequestMapping("/projects/{projectId}/plan/leveling")
@OnStaleVersion(
    message =
        "Someone else changed the plan after it was leveled, so the leveled plan was not applied."
            + " Level it again.",
    redirect = "/projects/{projectId}/plan/leveling")
record PlanLevelingRunController(PlanningApi planning, PlanPages pages) {

  /** The longest an optimizing run may take from a page. */
  static final int MAX_SECONDS = 30;

  /** A task that leveling moved, before and after. */
  record Move(
      TaskView task,
      LocalDateTime startBefore,
      LocalDateTime finishBefore,
      LocalDateTime startAfter,
      LocalDateTime finishAfter,
      long delayMinutes) {}

  @PostMapping("/run")
  String run(
      @PathVariable long projectId,
      @RequestParam(defaultValue = "HEURISTIC") LevelingMode mode,
      @RequestParam(defaultValue = "5") int seconds,
      CurrentUser me,
      Model model,
      RedirectAttributes redirect) {
    pages.requireEditor(projectId, me);
    pages.header(projectId, "leveling", me, model);
    List<TaskView> tasks = planning.allTasks(projectId, null, me);
    LeveledPlan leveled;
    try {
      leveled =
          ResourceLeveler.level(planning.levelingRequest(projectId, me), options(mode, seconds));
    } catch (InvalidScheduleException e) {
      redirect.addFlashAttribute("flashError", "The plan cannot be leveled: " + e.getMessage());
      return "redirect:/projects/" + projectId + "/plan/leveling";
    }
    Map<String, TaskView> byId =
        tasks.stream().collect(Collectors.toMap(t -> Long.toString(t.id()), Function.identity()));
    List<Move> moves = new ArrayList<>();
    for (TaskDelay d : leveled.delays()) {
      TaskView task = byId.get(d.taskId());
      if (task == null || d.delayMinutes() == 0) {
        continue;
      }
      ScheduledTask before = leveled.before().task(d.taskId());
      ScheduledTask after = leveled.leveled().task(d.taskId());
      moves.add(
          new Move(
              task,
              before.start(),
              before.finish(),
              after.start(),
              after.finish(),
              d.delayMinutes()));
    }
    Map<String, String> resourceNames = new HashMap<>();
    planning
        .resources(projectId, me)
        .forEach(r -> resourceNames.put(Long.toString(r.id()), r.name()));
    model.addAttribute("result", leveled);
    model.addAttribute("moves", moves);
    model.addAttribute("mode", mode);
    model.addAttribute("resourceNames", resourceNames);
    model.addAttribute("accept", encode(moves));
    return "planning/leveling-result";
  }

  @PostMapping("/accept")
  String accept(
      @PathVariable long projectId,
      @RequestParam(defaultValue = "") String moves,
      PlanPageChange edit) {
    return edit.change(
        "The leveled plan was applied.",
        () -> apply(projectId, decode(moves), edit.version(), edit.me()),
        "/projects/" + projectId + "/plan/leveling");
  }

  private PlanEdit<?> apply(
      long projectId, Map<Long, LocalDateTime> starts, long version, CurrentUser me) {
    if (starts.isEmpty()) {
      throw new BusinessRuleException("nothing-leveled", "Leveling moved no task.");
    }
    Map<Long, TaskData> changes = new LinkedHashMap<>();
    for (Map.Entry<Long, LocalDateTime> move : starts.entrySet()) {
      TaskView task = planning.task(projectId, move.getKey(), null, me);
      changes.put(task.id(), TaskEdits.of(task).startAt(move.getValue()).data());
    }
    return planning.editTasks(projectId, changes, version, me);
  }

  private static LevelingOptions options(LevelingMode mode, int seconds) {
    int limit = Math.max(1, Math.min(MAX_SECONDS, seconds));
    return mode == LevelingMode.OPTIMIZE
        ? LevelingOptions.optimize(Duration.ofSeconds(limit))
        : LevelingOptions.heuristic();
  }

  /** The moves as the accept form carries them: "id=2027-03-08T08:00" separated by spaces. */
  static String encode(List<Move> moves) {
    return moves.stream()
        .map(m -> m.task().id() + "=" + m.startAfter())
        .collect(Collectors.joining(" "));
  }

  static Map<Long, LocalDateTime> decode(String text) {
    Map<Long, LocalDateTime> starts = new java.util.LinkedHashMap<>();
    for (String move : text.trim().split("\\s+")) {
      if (move.isEmpty()) {
        continue;
      }
      int eq = move.indexOf('=');
      try {
        starts.put(
            Long.parseLong(move.substring(0, eq)), LocalDateTime.parse(move.substring(eq + 1)));
      } catch (RuntimeException e) {
        throw InvalidInputException.of("moves", "The leveled plan could not be read; level again.");
      }
    }
    return starts;
  }
}
