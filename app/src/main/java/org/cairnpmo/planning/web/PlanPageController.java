package org.cairnpmo.planning.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.planning.DependencyType;
import org.cairnpmo.planning.DurationUnit;
import org.cairnpmo.planning.LagKind;
import org.cairnpmo.planning.LinkView;
import org.cairnpmo.planning.OutlineShift;
import org.cairnpmo.planning.PlanEdit;
import org.cairnpmo.planning.PlanningApi;
import org.cairnpmo.planning.TaskConstraint;
import org.cairnpmo.planning.TaskData;
import org.cairnpmo.planning.TaskKind;
import org.cairnpmo.planning.TaskPlacement;
import org.cairnpmo.planning.TaskView;
import org.cairnpmo.planning.domain.LinkService;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.history.web.HistoryPanel;
import org.cairnpmo.platform.web.FormErrors;
import org.cairnpmo.platform.web.OnStaleVersion;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A project's plan as a task table (WBS, name, duration, start, finish, float, predecessors, and
 * variances against a chosen baseline), with the forms that add, change, indent, outdent and delete
 * tasks and their links. Every change reschedules the plan and the page then says what moved; the
 * plan's conflicts stay above the table until they are resolved.
 */
@Controller
@RequestMapping("/projects/{projectId}/plan")
@OnStaleVersion(
    message =
        "Someone else changed the plan while you were working on it, so your change was not"
            + " saved. Here it is as it is now; apply your change again.",
    redirect = "/projects/{projectId}/plan")
record PlanPageController(
    PlanningApi planning,
    PlanPages pages,
    Validator validator,
    LinkService linkService,
    HistoryPanel historyPanel) {

  /** A task of the table with its predecessors written as MS Project writes them. */
  record Row(TaskView task, String predecessors) {}

  @GetMapping
  String show(
      @PathVariable long projectId,
      @RequestParam(required = false) Integer baseline,
      CurrentUser me,
      Model model) {
    model.addAttribute("taskForm", new TaskForm());
    return table(projectId, baseline, me, model);
  }

  @PostMapping("/tasks")
  String add(
      @PathVariable long projectId,
      @ModelAttribute("taskForm") TaskForm form,
      BindingResult binding,
      CurrentUser me,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    pages.requireEditor(projectId, me);
    TaskData data = form.toData();
    validate(data, binding);
    Optional<PlanEdit<TaskView>> added =
        FormErrors.attempt(
            binding,
            model,
            "conflict",
            () ->
                planning.addTask(
                    projectId,
                    data,
                    TaskPlacement.lastUnder(form.getParentId()),
                    version(form.getVersion()),
                    me));
    if (added.isPresent()) {
      pages.flash(redirect, "Task added: " + added.get().result().name() + ".", added.get());
      return PlanPages.plan(projectId) + "#task-" + added.get().result().id();
    }
    response.setStatus(status(model));
    return table(projectId, null, me, model);
  }

  @GetMapping("/tasks/{taskId}")
  String task(
      @PathVariable long projectId, @PathVariable long taskId, CurrentUser me, Model model) {
    TaskView task = planning.task(projectId, taskId, null, me);
    model.addAttribute("taskForm", TaskForm.of(task));
    return taskPage(projectId, task, me, model);
  }

  @PostMapping("/tasks/{taskId}")
  String edit(
      @PathVariable long projectId,
      @PathVariable long taskId,
      @ModelAttribute("taskForm") TaskForm form,
      BindingResult binding,
      CurrentUser me,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    pages.requireEditor(projectId, me);
    TaskView task = planning.task(projectId, taskId, null, me);
    TaskData data = form.toData(task);
    validate(data, binding);
    Optional<PlanEdit<TaskView>> saved =
        FormErrors.attempt(
            binding,
            model,
            "conflict",
            () -> planning.editTask(projectId, taskId, data, version(form.getVersion()), me));
    if (saved.isPresent()) {
      pages.flash(redirect, "Task saved: " + saved.get().result().name() + ".", saved.get());
      return PlanPages.plan(projectId) + "#task-" + taskId;
    }
    response.setStatus(status(model));
    if (model.containsAttribute("conflict")) {
      task = planning.task(projectId, taskId, null, me);
      model.addAttribute("taskForm", TaskForm.of(task));
    }
    return taskPage(projectId, task, me, model);
  }

  /** Indents, outdents or deletes a task: the buttons of a row of the table. */
  @PostMapping("/tasks/{taskId}/{action:indent|outdent|delete}")
  String outline(
      @PathVariable long projectId,
      @PathVariable long taskId,
      @PathVariable String action,
      PlanPageChange edit) {
    pages.requireEditor(projectId, edit.me());
    String name = planning.task(projectId, taskId, null, edit.me()).name();
    Supplier<PlanEdit<?>> change =
        switch (action) {
          case "indent" ->
              () ->
                  planning.shiftTask(
                      projectId, taskId, OutlineShift.INDENT, edit.version(), edit.me());
          case "outdent" ->
              () ->
                  planning.shiftTask(
                      projectId, taskId, OutlineShift.OUTDENT, edit.version(), edit.me());
          default -> () -> planning.deleteTask(projectId, taskId, edit.version(), edit.me());
        };
    String done =
        switch (action) {
          case "indent" -> "Task indented: ";
          case "outdent" -> "Task outdented: ";
          default -> "Task deleted: ";
        };
    return edit.change(done + name + ".", change, "/projects/" + projectId + "/plan");
  }

  @PostMapping("/links")
  String addLink(
      @PathVariable long projectId,
      @ModelAttribute LinkForm form,
      CurrentUser me,
      RedirectAttributes redirect) {
    return pages.change(
        projectId,
        me,
        redirect,
        "Link added.",
        () -> linkService.add(projectId, form.toData(), version(form.getVersion()), me),
        taskPath(projectId, form.getSuccessorId()));
  }

  @PostMapping("/links/{linkId}/delete")
  String deleteLink(
      @PathVariable long projectId,
      @PathVariable long linkId,
      @RequestParam(required = false) Long back,
      PlanPageChange edit) {
    return edit.change(
        "Link removed.",
        () -> linkService.delete(projectId, linkId, edit.version(), edit.me()),
        taskPath(projectId, back));
  }

  @PostMapping("/schedule")
  String schedule(@PathVariable long projectId, CurrentUser me, RedirectAttributes redirect) {
    pages.requireEditor(projectId, me);
    pages.flash(redirect, "The plan was scheduled again.", planning.schedule(projectId, me));
    return PlanPages.plan(projectId);
  }

  // ---------------------------------------------------------------- drawing

  private String table(long projectId, Integer baseline, CurrentUser me, Model model) {
    pages.header(projectId, "tasks", me, model);
    List<TaskView> tasks = planning.allTasks(projectId, baseline, me);
    Map<Long, String> predecessors = predecessors(tasks, planning.links(projectId, me));
    model.addAttribute(
        "rows", tasks.stream().map(t -> new Row(t, predecessors.get(t.id()))).toList());
    model.addAttribute("tasks", tasks);
    model.addAttribute("baselines", planning.baselines(projectId, me));
    model.addAttribute("baseline", baseline);
    choices(model);
    return "planning/plan";
  }

  private String taskPage(long projectId, TaskView task, CurrentUser me, Model model) {
    pages.header(projectId, "tasks", me, model);
    List<TaskView> tasks = planning.allTasks(projectId, null, me);
    Map<Long, TaskView> byId =
        tasks.stream().collect(Collectors.toMap(TaskView::id, t -> t, (a, b) -> a));
    List<LinkView> links = planning.links(projectId, me);
    model.addAttribute("task", task);
    model.addAttribute("tasks", tasks);
    model.addAttribute("byId", byId);
    model.addAttribute(
        "predecessorLinks", links.stream().filter(l -> l.successorId() == task.id()).toList());
    model.addAttribute(
        "successorLinks", links.stream().filter(l -> l.predecessorId() == task.id()).toList());
    choices(model);
    historyPanel.addTo(model, "plan-task", task.id());
    return "planning/task";
  }

  private static void choices(Model model) {
    model.addAttribute("kinds", TaskKind.values());
    model.addAttribute(
        "units",
        List.of(
            DurationUnit.DAYS,
            DurationUnit.WEEKS,
            DurationUnit.HOURS,
            DurationUnit.ELAPSED_DAYS,
            DurationUnit.ELAPSED_HOURS));
    model.addAttribute("constraints", TaskConstraint.values());
    model.addAttribute("linkTypes", DependencyType.values());
    model.addAttribute("lagKinds", LagKind.values());
  }

  static Map<Long, String> predecessors(List<TaskView> tasks, List<LinkView> links) {
    Map<Long, String> wbs = new HashMap<>();
    tasks.forEach(t -> wbs.put(t.id(), t.wbs()));
    Map<Long, String> text = new LinkedHashMap<>();
    for (LinkView link : links) {
      String one = PlanFormat.INSTANCE.predecessor(wbs.get(link.predecessorId()), link);
      text.merge(link.successorId(), one, (a, b) -> a + ", " + b);
    }
    return text;
  }

  // ---------------------------------------------------------------- changing

  private void validate(TaskData data, BindingResult binding) {
    FormErrors.reject(
        binding,
        FormErrors.problems(validator, data).stream()
            .map(
                p ->
                    "durationMinutes".equals(p.field())
                        ? new FieldProblem("duration", p.message())
                        : p)
            .toList());
  }

  private static long version(Long version) {
    return version == null ? -1 : version;
  }

  private static int status(Model model) {
    return model.containsAttribute("conflict")
        ? HttpServletResponse.SC_CONFLICT
        : HttpServletResponse.SC_BAD_REQUEST;
  }

  private static String taskPath(long projectId, Long taskId) {
    return "/projects/" + projectId + "/plan" + (taskId == null ? "" : "/tasks/" + taskId);
  }
}
