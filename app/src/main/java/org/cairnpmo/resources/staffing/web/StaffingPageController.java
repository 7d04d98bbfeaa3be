package org.cairnpmo.resources.staffing.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.learning.CertificationKind;
import org.cairnpmo.organization.OrganizationApi;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.web.FlashActions;
import org.cairnpmo.platform.web.FormInput;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.resources.LearningAsk;
import org.cairnpmo.resources.RequestView;
import org.cairnpmo.resources.domain.RequestService;
import org.cairnpmo.resources.staffing.domain.Choice;
import org.cairnpmo.resources.staffing.domain.StaffingFilter;
import org.cairnpmo.resources.staffing.domain.StaffingService;
import org.cairnpmo.resources.staffing.domain.StaleRequestsException;
import org.cairnpmo.resources.staffing.domain.Suggested;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staffing on the pages: the people suggested for one request, each proposed with one click through
 * the request workflow; and bulk staffing, which shows the optimizer's proposal for the open
 * requests a filter takes and saves the assignments kept, all or none.
 */
@Controller
record StaffingPageController(
    StaffingService staffing, RequestService requests, OrganizationApi organization) {

  static final int SUGGESTIONS_SHOWN = 10;

  /** The filter as the form sends it, kept as typed. */
  record FilterForm(
      String from,
      String to,
      String departmentId,
      String priority,
      String projectId,
      String timeLimitSeconds,
      String competency,
      String competencyLevel,
      String certification) {

    StaffingFilter toFilter(List<FieldProblem> problems) {
      Priority level = null;
      if (!FormInput.blank(priority)) {
        level = FormInput.choice(priority.strip(), Priority.class, null);
        if (level == null) {
          problems.add(new FieldProblem("priority", "Choose a priority from the list."));
        }
      }
      StaffingFilter filter =
          new StaffingFilter(
              FormInput.date(from, "from", problems),
              FormInput.date(to, "to", problems),
              FormInput.id(departmentId, "D", "departmentId", "Choose a department.", problems),
              level,
              FormInput.id(projectId, "P", "projectId", "Give a project's number.", problems),
              FormInput.integer(
                  timeLimitSeconds,
                  "timeLimitSeconds",
                  "Give the time limit in whole seconds from 1 to "
                      + StaffingFilter.MAX_SECONDS
                      + ".",
                  problems),
              FormInput.trimmed(competency),
              level(competencyLevel, problems),
              scheme(certification, problems));
      if (problems.isEmpty()) {
        try {
          return filter.checked();
        } catch (InvalidInputException e) {
          problems.addAll(e.problems());
        }
      }
      return filter;
    }
  }

  /** The competency level as typed: blank for none, else 1 to 5. */
  static Integer level(String value, List<FieldProblem> problems) {
    return FormInput.integer(value, "competencyLevel", "Use a level from 1 to 5.", problems);
  }

  /** The certification scheme as chosen: blank for none, else one of the list. */
  static CertificationKind scheme(String value, List<FieldProblem> problems) {
    if (FormInput.blank(value)) {
      return null;
    }
    CertificationKind kind = FormInput.choice(value.strip(), CertificationKind.class, null);
    if (kind == null) {
      problems.add(new FieldProblem("certification", "Choose a certification from the list."));
    }
    return kind;
  }

  /** The people for one request; a competency and a certification narrow and rank them. */
  @GetMapping("/resources/requests/{id}/suggestions")
  String suggestions(
      @PathVariable long id,
      @RequestParam(required = false) String competency,
      @RequestParam(required = false) String competencyLevel,
      @RequestParam(required = false) String certification,
      CurrentUser viewer,
      Model model,
      HttpServletResponse response) {
    List<FieldProblem> problems = new ArrayList<>();
    LearningAsk ask =
        new LearningAsk(
            FormInput.trimmed(competency),
            level(competencyLevel, problems),
            scheme(certification, problems));
    Suggested suggested;
    model.addAttribute("errors", Map.of());
    try {
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      suggested = staffing.suggestions(id, SUGGESTIONS_SHOWN, ask, viewer);
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("errors", errors(e.problems()));
      suggested = staffing.suggestions(id, SUGGESTIONS_SHOWN, LearningAsk.NONE, viewer);
    }
    RequestView request = requests.get(suggested.projectId(), id, viewer);
    model.addAttribute("request", request);
    model.addAttribute("suggested", suggested);
    model.addAttribute("ask", ask);
    model.addAttribute("schemes", CertificationKind.values());
    return "resources/suggestions";
  }

  private static Map<String, String> errors(List<FieldProblem> problems) {
    Map<String, String> errors = new LinkedHashMap<>();
    problems.forEach(p -> errors.putIfAbsent(p.field(), p.message()));
    return errors;
  }

  @GetMapping("/resources/staffing")
  String page(@ModelAttribute("form") FilterForm form, CurrentUser viewer, Model model) {
    List<FieldProblem> problems = new ArrayList<>();
    return page(form.toFilter(problems), problems, viewer, model);
  }

  @PostMapping("/resources/staffing")
  String propose(
      @ModelAttribute("form") FilterForm form,
      CurrentUser user,
      Model model,
      HttpServletResponse response) {
    List<FieldProblem> problems = new ArrayList<>();
    StaffingFilter filter = form.toFilter(problems);
    if (problems.isEmpty()) {
      try {
        model.addAttribute("proposal", staffing.proposal(filter, user));
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
    }
    return page(filter, problems, user, model);
  }

  /** Saves the assignments kept: each a {@code requestId:personId:version} checkbox. */
  @PostMapping("/resources/staffing/apply")
  String apply(
      @RequestParam(required = false) List<String> choice,
      @ModelAttribute("form") FilterForm form,
      CurrentUser user,
      RedirectAttributes redirect) {
    List<Choice> choices = new ArrayList<>();
    for (String c : choice == null ? List.<String>of() : choice) {
      choices.add(parse(c));
    }
    try {
      FlashActions.run(
              redirect,
              "Someone else changed one of these requests meanwhile, so nothing was saved. Make a"
                  + " new proposal.",
              () -> staffing.apply(choices, user))
          .ifPresent(
              saved ->
                  redirect.addFlashAttribute(
                      "flash",
                      "Proposed "
                          + saved.size()
                          + (saved.size() == 1 ? " person" : " people")
                          + ": each request now waits for its project's manager to accept."));
    } catch (StaleRequestsException e) {
      redirect.addFlashAttribute("flashError", e.getMessage());
    }
    redirect.addAllAttributes(query(form));
    return "redirect:/resources/staffing";
  }

  private String page(
      StaffingFilter filter, List<FieldProblem> problems, CurrentUser viewer, Model model) {
    if (!StaffingService.staffs(viewer)) {
      throw new AccessDeniedException("Bulk staffing is for resource managers and the PMO");
    }
    Map<String, String> errors = errors(problems);
    model.addAttribute("errors", errors);
    model.addAttribute("count", errors.isEmpty() ? staffing.count(filter, viewer) : null);
    model.addAttribute("departments", organization.departments());
    model.addAttribute("priorities", Priority.values());
    model.addAttribute("maxSeconds", StaffingFilter.MAX_SECONDS);
    model.addAttribute("defaultSeconds", StaffingFilter.DEFAULT_SECONDS);
    model.addAttribute("schemes", CertificationKind.values());
    return "resources/staffing";
  }

  /** A checkbox's value; anything else is a choice the service refuses by name. */
  private static Choice parse(String value) {
    String[] parts = value == null ? new String[0] : value.split(":");
    if (parts.length != 3) {
      return new Choice(null, null, null);
    }
    try {
      return new Choice(
          Long.valueOf(parts[0].strip()),
          Long.valueOf(parts[1].strip()),
          Long.valueOf(parts[2].strip()));
    } catch (NumberFormatException e) {
      return new Choice(null, null, null);
    }
  }

  /** The filter again, for the page the apply comes back to. */
  private static Map<String, String> query(FilterForm form) {
    Map<String, String> q = new LinkedHashMap<>();
    putIfGiven(q, "from", form.from());
    putIfGiven(q, "to", form.to());
    putIfGiven(q, "departmentId", form.departmentId());
    putIfGiven(q, "priority", form.priority());
    putIfGiven(q, "projectId", form.projectId());
    putIfGiven(q, "competency", form.competency());
    putIfGiven(q, "competencyLevel", form.competencyLevel());
    putIfGiven(q, "certification", form.certification());
    return q;
  }

  private static void putIfGiven(Map<String, String> q, String name, String value) {
    if (!FormInput.blank(value)) {
      q.put(name, value.strip());
    }
  }
}
