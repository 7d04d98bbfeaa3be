package org.cairnpmo.planning.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.planning.PlanEdit;
import org.cairnpmo.planning.PlanView;
import org.cairnpmo.planning.PlanningApi;
import org.cairnpmo.planning.ScheduleResult;
import org.cairnpmo.planning.TaskMove;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every planning page shares: the project and its plan in the page's header and tabs, the
 * check that the signed-in person may change the plan, and the "what moved" message after a change.
 */
@Component
record PlanPages(PlanningApi planning, ProjectsApi projects, Clock clock) {

  /** At most this many moved tasks are named after a change; the count covers the rest. */
  static final int MOVED_SHOWN = 12;

  /** A day entered on a page means the start of that working day. */
  static final LocalTime DAY_START = LocalTime.of(8, 0);

  ProjectView project(long projectId, CurrentUser me) {
    return projects
        .visibleProject(projectId, me)
        .orElseThrow(() -> new NotFoundException("Project", projectId));
  }

  /**
   * Puts the project, its plan, the plan's version (which the page's forms send back) and the
   * page's tab in the model; answers the plan.
   */
  PlanView header(long projectId, String tab, CurrentUser me, Model model) {
    ProjectView project = project(projectId, me);
    PlanView plan = planning.plan(projectId, me);
    model.addAttribute("project", project);
    model.addAttribute("plan", plan);
    model.addAttribute("tab", tab);
    model.addAttribute("fmt", PlanFormat.INSTANCE);
    model.addAttribute("editable", plan.editable());
    model.addAttribute("version", plan.version());
    return plan;
  }

  /**
   * Refuses a change from someone who may only read the plan (the project is visible), and any
   * change to a closed project's plan.
   */
  void requireEditor(long projectId, CurrentUser me) {
    // A closed project says why nothing changes, above the page, rather than "forbidden".
    project(projectId, me).requireChangeable();
    if (!planning.mayEdit(projectId, me)) {
      throw new AccessDeniedException(
          "Only the project's manager, the PMO and administrators change its plan");
    }
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  /** "Task added: Design. 3 tasks moved." with the moved tasks listed below it on the page. */
  void flash(RedirectAttributes redirect, String done, PlanEdit<?> edit) {
    flash(redirect, done, edit.schedule());
  }

  void flash(RedirectAttributes redirect, String done, ScheduleResult schedule) {
    redirect.addFlashAttribute("flash", done + " " + movedHeadline(schedule));
    redirect.addFlashAttribute("moved", movedLines(schedule));
  }

  static String movedHeadline(ScheduleResult schedule) {
    int moved = schedule.moved().size();
    String tasks =
        switch (moved) {
          case 0 -> "No other dates moved.";
          case 1 -> "1 task moved.";
          default -> moved + " tasks moved.";
        };
    int conflicts = schedule.conflicts().size();
    return conflicts == 0
        ? tasks
        : tasks + " " + conflicts + (conflicts == 1 ? " conflict" : " conflicts") + " to resolve.";
  }

  /** The moved tasks as lines people read (a flash attribute must be serializable: strings). */
  static ArrayList<String> movedLines(ScheduleResult schedule) {
    ArrayList<String> lines = new ArrayList<>();
    List<TaskMove> moved = schedule.moved();
    moved.stream().limit(MOVED_SHOWN).map(PlanFormat.INSTANCE::moved).forEach(lines::add);
    if (moved.size() > MOVED_SHOWN) {
      lines.add("and " + (moved.size() - MOVED_SHOWN) + " more");
    }
    return lines;
  }

  /**
   * Makes a change that redirects: the editor check, then "what moved" on success, or the domain's
   * refusal above the page {@code target} leads to. A stale version goes to the controller's {@code
   * OnStaleVersion}.
   */
  String change(
      long projectId,
      CurrentUser me,
      RedirectAttributes redirect,
      String done,
      Supplier<PlanEdit<?>> action,
      String target) {
    requireEditor(projectId, me);
    String back = "redirect:" + target;
    return redirectAfter(
        redirect,
        () -> {
          flash(redirect, done, action.get());
          return back;
        },
        back);
  }

  /**
   * Runs a page action that answers where to redirect; when the domain refuses it, the refusal goes
   * above the page {@code refused} leads to instead.
   */
  static String redirectAfter(
      RedirectAttributes redirect, Supplier<String> action, String refused) {
    try {
      return action.get();
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", problems(e));
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("flashError", e.getMessage());
    }
    return refused;
  }

  static String problems(InvalidInputException e) {
    return e.problems().stream().map(FieldProblem::message).collect(Collectors.joining(" "));
  }

  static String plan(long projectId) {
    return "redirect:/projects/" + projectId + "/plan";
  }
}
