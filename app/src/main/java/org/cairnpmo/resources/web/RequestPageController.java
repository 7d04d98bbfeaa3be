package org.cairnpmo.resources.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.history.web.HistoryPanel;
import org.cairnpmo.platform.web.FlashActions;
import org.cairnpmo.platform.web.FormInput;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectAccess;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.resources.RequestData;
import org.cairnpmo.resources.RequestView;
import org.cairnpmo.resources.domain.CatalogService;
import org.cairnpmo.resources.domain.PoolService;
import org.cairnpmo.resources.domain.RaciService;
import org.cairnpmo.resources.domain.RequestService;
import org.cairnpmo.resources.domain.ResourcesAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Resource requests on the pages: a project's requests with the form for a new one, the queue of
 * what waits for the person signed in, and one form per step of the workflow.
 */
@Controller
record RequestPageController(
    RequestService requests,
    RaciService raci,
    PoolService pool,
    CatalogService catalog,
    HistoryPanel historyPanel) {

  /** A request as its form sends it, kept as typed. */
  record RequestForm(
      String roleId,
      String personId,
      String skills,
      String hoursPerWeek,
      String firstDay,
      String lastDay,
      String priority,
      String note) {

    static final RequestForm EMPTY =
        new RequestForm(null, null, null, null, null, null, "MEDIUM", null);

    RequestData toData(List<FieldProblem> problems) {
      List<org.cairnpmo.resources.SkillLevel> levels = new ArrayList<>();
      for (String line : FormInput.lines(skills)) {
        int colon = line.lastIndexOf(':');
        Integer level =
            colon > 0
                ? FormInput.integer(
                    line.substring(colon + 1),
                    "skills",
                    "Write each skill as 'skill: level' (1 to 5): " + line,
                    problems)
                : null;
        if (colon <= 0) {
          problems.add(
              new FieldProblem("skills", "Write each skill as 'skill: level' (1 to 5): " + line));
        } else if (level != null) {
          levels.add(new org.cairnpmo.resources.SkillLevel(line.substring(0, colon), level));
        }
      }
      return new RequestData(
          FormInput.id(roleId, "R", "roleId", "Choose a role.", problems),
          FormInput.id(personId, "P", "personId", "Choose a person.", problems),
          levels,
          FormInput.decimal(
              hoursPerWeek, "hoursPerWeek", "Give the hours as a number, such as 20.", problems),
          FormInput.date(firstDay, "firstDay", problems),
          FormInput.date(lastDay, "lastDay", problems),
          FormInput.choice(priority, Priority.class, Priority.MEDIUM),
          note);
    }
  }

  @GetMapping("/projects/{projectId}/requests")
  String project(@PathVariable long projectId, CurrentUser viewer, Model model) {
    return page(projectId, RequestForm.EMPTY, Map.of(), viewer, model);
  }

  @PostMapping("/projects/{projectId}/requests")
  String create(
      @PathVariable long projectId,
      @ModelAttribute("form") RequestForm form,
      BindingResult binding,
      CurrentUser editor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    List<FieldProblem> problems = new ArrayList<>();
    RequestData data = form.toData(problems);
    if (FormProblems.attempt(
            binding,
            problems,
            model,
            response,
            null,
            () -> requests.create(projectId, data, editor))
        .isPresent()) {
      redirect.addFlashAttribute("flash", "Requested " + data.hoursPerWeek() + " hours a week.");
      return "redirect:/projects/" + projectId + "/requests";
    }
    return page(
        projectId, form, FormProblems.of(binding, problems, PersonForm::field), editor, model);
  }

  @GetMapping("/resources/requests")
  String queue(CurrentUser viewer, Model model) {
    model.addAttribute("requests", requests.waitingFor(viewer));
    model.addAttribute("staffs", ResourcesAccess.editsPool(viewer));
    if (ResourcesAccess.editsPool(viewer)) {
      model.addAttribute("people", pool.all(viewer));
    }
    return "resources/requests";
  }

  /**
   * One request on a page of its own: its workflow steps and every change to it, such as a new
   * first day or the person proposed. A request of a project the viewer does not see is not found.
   */
  @GetMapping("/projects/{projectId}/requests/{id}")
  String request(
      @PathVariable long projectId, @PathVariable long id, CurrentUser viewer, Model model) {
    RequestView request = requests.get(projectId, id, viewer);
    model.addAttribute("request", request);
    model.addAttribute("project", raci.project(projectId, viewer));
    if (request.actions().propose()) {
      model.addAttribute("people", pool.all(viewer));
    }
    historyPanel.addTo(model, "resource-request", id);
    return "resources/request";
  }

  /**
   * One step of the workflow, from the project's page, the queue ({@code back=queue}) or the
   * request's own page ({@code back=request}).
   */
  @PostMapping("/projects/{projectId}/requests/{id}/{step}")
  String step(
      @PathVariable long projectId,
      @PathVariable long id,
      @PathVariable String step,
      @RequestParam(required = false) Long version,
      @RequestParam(required = false) Long personId,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) String back,
      CurrentUser user,
      RedirectAttributes redirect) {
    long v = version == null ? -1 : version;
    FlashActions.run(
            redirect,
            "Someone else changed this request meanwhile: look at it again.",
            () ->
                switch (step) {
                  case "propose" -> requests.propose(projectId, id, personId, v, user);
                  case "accept" -> requests.accept(projectId, id, v, user);
                  case "decline" -> requests.decline(projectId, id, reason, v, user);
                  case "approve" -> requests.approve(projectId, id, v, user);
                  case "reject" -> requests.reject(projectId, id, reason, v, user);
                  default -> throw new org.cairnpmo.platform.NotFoundException("Step", step);
                })
        .ifPresent(
            done ->
                redirect.addFlashAttribute(
                    "flash",
                    "Request "
                        + done.id()
                        + " is now: "
                        + done.status().label().toLowerCase()
                        + "."));
    if ("request".equals(back)) {
      return "redirect:/projects/" + projectId + "/requests/" + id;
    }
    return "queue".equals(back)
        ? "redirect:/resources/requests"
        : "redirect:/projects/" + projectId + "/requests";
  }

  private String page(
      long projectId,
      RequestForm form,
      Map<String, String> errors,
      CurrentUser viewer,
      Model model) {
    ProjectView project = raci.project(projectId, viewer);
    model.addAttribute("project", project);
    model.addAttribute("requests", requests.list(projectId, 0, 100, viewer).getContent());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    boolean requester = ProjectAccess.canEdit(viewer, project.managerId()) && !project.isFinished();
    model.addAttribute("requester", requester);
    model.addAttribute("staffs", ResourcesAccess.editsPool(viewer));
    model.addAttribute("priorities", Priority.values());
    if (requester || ResourcesAccess.editsPool(viewer)) {
      model.addAttribute("roles", catalog.roles(viewer));
      model.addAttribute("people", pool.all(viewer));
    }
    return "resources/project-requests";
  }
}
