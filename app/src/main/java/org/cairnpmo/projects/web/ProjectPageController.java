package org.cairnpmo.projects.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.organization.OrganizationApi;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.web.FormErrors;
import org.cairnpmo.platform.web.ListRefresh;
import org.cairnpmo.platform.web.OnStaleVersion;
import org.cairnpmo.platform.web.PageNav;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.portfolio.PortfolioApi;
import org.cairnpmo.projects.MembershipRole;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectAccess;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.domain.ProjectChangeView;
import org.cairnpmo.projects.domain.ProjectService;
import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The project register's pages: the searchable list, a project's page with its history, and the
 * forms to register and revise a project. Every rule (who sees, who changes, which transitions) is
 * the service's; this class only turns its answers into pages.
 */
@Controller
@RequestMapping("/projects")
record ProjectPageController(
    ProjectService projects,
    IdentityApi identity,
    OrganizationApi organization,
    PortfolioApi portfolio,
    jakarta.validation.Validator validator) {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.ENGLISH)
          .withZone(ZoneId.systemDefault());

  @InitBinder
  void initBinder(WebDataBinder binder) {
    binder.setDisallowedFields("id");
  }

  // ---------------------------------------------------------------- list

  @GetMapping
  String list(
      @ModelAttribute("query") ProjectListQuery query,
      BindingResult ignoredBadParameters,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      CurrentUser viewer) {
    Page<ProjectView> results =
        Paging.showing(
            query.getPage(),
            ProjectListQuery.PAGE_SIZE,
            query.toSort(),
            p -> projects.search(query.toFilter(), p, viewer));
    query.setPage(results.getNumber());
    model.addAttribute("results", results);
    model.addAttribute("pageNav", PageNav.of(results, query::pageUrl));
    model.addAttribute("canRegister", ProjectAccess.canRegister(viewer));
    model.addAttribute("canImport", viewer.governsAllProjects());
    if (ListRefresh.resultsOnly(request, response, query.pageUrl(results.getNumber()))) {
      return "projects/list :: results";
    }
    addChoices(model);
    return "projects/list";
  }

  // ---------------------------------------------------------------- detail

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model, CurrentUser viewer) {
    ProjectView project = projects.get(id, viewer);
    model.addAttribute("project", project);
    model.addAttribute("history", history(projects.history(id, viewer)));
    model.addAttribute("createdAt", format(project.createdAt()));
    model.addAttribute("updatedAt", format(project.updatedAt()));
    model.addAttribute("canChange", ProjectAccess.canEdit(viewer, project.managerId()));
    // The origin is a link only for those who may open the proposal; others read its code.
    model.addAttribute(
        "originLinked",
        project.origin() != null
            && portfolio.visibleProposal(project.origin().proposalId(), viewer).isPresent());
    return "projects/detail";
  }

  @OnStaleVersion(
      message =
          "Someone else changed this project while you were looking at it, so the status was not"
              + " changed. Here is the current version; check it and try again.",
      redirect = "/projects/{id}")
  @PostMapping("/{id}/status")
  String changeStatus(
      @PathVariable long id,
      @RequestParam ProjectStatus status,
      @RequestParam long version,
      RedirectAttributes redirect,
      CurrentUser editor) {
    try {
      ProjectView saved = projects.changeStatus(id, status, version, editor);
      redirect.addFlashAttribute(
          "flash", "Project " + saved.code() + " is now " + saved.status().label() + ".");
    } catch (BusinessRuleException | InvalidInputException e) {
      redirect.addFlashAttribute("flashError", e.getMessage());
    }
    return "redirect:/projects/" + id;
  }

  // ---------------------------------------------------------------- create

  @GetMapping("/new")
  String createForm(Model model, CurrentUser user) {
    CurrentUser author = requireRegistrar(user);
    ProjectForm form = new ProjectForm();
    if (!author.governsAllProjects()) {
      form.setManagerId(author.id());
    }
    model.addAttribute("form", form);
    return createPage(model, author);
  }

  @PostMapping
  String create(
      @ModelAttribute("form") ProjectForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      CurrentUser user) {
    CurrentUser author = requireRegistrar(user);
    if (!author.governsAllProjects()) {
      form.setManagerId(author.id());
    }
    ProjectData data = form.toData();
    validate(data, binding);
    Optional<ProjectView> saved =
        FormErrors.attempt(binding, model, "conflict", () -> projects.register(data, author));
    if (saved.isPresent()) {
      redirect.addFlashAttribute("flash", "Project " + saved.get().code() + " registered.");
      return "redirect:/projects/" + saved.get().id();
    }
    return createPage(model, author);
  }

  private String createPage(Model model, CurrentUser author) {
    model.addAttribute("mode", "create");
    model.addAttribute("statusChoices", List.of(ProjectStatus.PROPOSED, ProjectStatus.ACTIVE));
    model.addAttribute("managerFixed", !author.governsAllProjects());
    model.addAttribute("me", author);
    addChoices(model);
    return "projects/form";
  }

  private static CurrentUser requireRegistrar(CurrentUser user) {
    if (!ProjectAccess.canRegister(user)) {
      throw new AccessDeniedException("Only the PMO and project managers register projects");
    }
    return user;
  }

  // ---------------------------------------------------------------- edit

  @GetMapping("/{id}/edit")
  String editForm(
      @PathVariable long id, Model model, RedirectAttributes redirect, CurrentUser editor) {
    ProjectView project = projects.get(id, editor);
    if (!project.editable()) {
      if (!ProjectAccess.canEdit(editor, project.managerId())) {
        throw new AccessDeniedException("Only the project's manager or the PMO may change it");
      }
      redirect.addFlashAttribute(
          "flashError",
          "This project is "
              + project.status().label().toLowerCase(Locale.ROOT)
              + "; its record can no longer be changed.");
      return "redirect:/projects/" + id;
    }
    model.addAttribute("form", ProjectForm.from(projects.dataForEdit(id, editor)));
    return editPage(model, project);
  }

  @PostMapping("/{id}/edit")
  String update(
      @PathVariable long id,
      @ModelAttribute("form") ProjectForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      CurrentUser editor) {
    ProjectView project = editableProject(id, editor);
    ProjectData data = form.toData();
    validate(data, binding);
    if (form.getVersion() == null) {
      binding.reject("version", "The form is missing the version it was based on. Reload it.");
    }
    Optional<ProjectView> saved =
        FormErrors.attempt(
            binding, model, "conflict", () -> projects.revise(id, data, form.getVersion(), editor));
    if (saved.isPresent()) {
      redirect.addFlashAttribute("flash", "Project " + saved.get().code() + " saved.");
      return "redirect:/projects/" + id;
    }
    if (model.containsAttribute("conflict")) {
      // The page header then shows the project as it is stored now.
      project = projects.get(id, editor);
    }
    return editPage(model, project);
  }

  /** Bean validation onto the form, every message of a field on that field. */
  private void validate(ProjectData data, BindingResult binding) {
    new SpringValidatorAdapter(validator).validate(data, binding);
  }

  private ProjectView editableProject(long id, CurrentUser editor) {
    ProjectView project = projects.get(id, editor);
    if (!ProjectAccess.canEdit(editor, project.managerId())) {
      throw new AccessDeniedException("Only the project's manager or the PMO may change it");
    }
    return project;
  }

  private String editPage(Model model, ProjectView project) {
    Set<ProjectStatus> choices = EnumSet.of(project.status());
    choices.addAll(project.allowedNextStatuses());
    model.addAttribute("mode", "edit");
    model.addAttribute("project", project);
    model.addAttribute("statusChoices", List.copyOf(choices));
    model.addAttribute("managerFixed", false);
    addChoices(model);
    return "projects/form";
  }

  // ---------------------------------------------------------------- member rows

  /** Adds a member row to the register or edit form and shows the form again, unsaved. */
  @PostMapping(
      value = {"", "/{id}/edit"},
      params = "addMember")
  String addMember(
      @PathVariable(required = false) Long id,
      @ModelAttribute("form") ProjectForm form,
      BindingResult binding,
      Model model,
      CurrentUser user) {
    String page = formPage(id, model, user);
    form.addMemberRow();
    model.addAttribute("focusMember", form.getMembers().size() - 1);
    return page;
  }

  /** Takes a member row out of the register or edit form and shows the form again, unsaved. */
  @PostMapping(
      value = {"", "/{id}/edit"},
      params = "removeMember")
  String removeMember(
      @PathVariable(required = false) Long id,
      @ModelAttribute("form") ProjectForm form,
      BindingResult binding,
      @RequestParam int removeMember,
      Model model,
      CurrentUser user) {
    String page = formPage(id, model, user);
    form.removeMemberRow(removeMember);
    return page;
  }

  /** The register form (no id) or the edit form of project {@code id}, for the posted form. */
  private String formPage(Long id, Model model, CurrentUser user) {
    return id == null
        ? createPage(model, requireRegistrar(user))
        : editPage(model, editableProject(id, user));
  }

  // ---------------------------------------------------------------- shared

  private void addChoices(Model model) {
    List<UserSummary> people = identity.activeUsers();
    List<DepartmentSummary> departments = organization.departments();
    model.addAttribute("people", people);
    model.addAttribute("departments", departments);
    model.addAttribute("statuses", ProjectStatus.values());
    model.addAttribute("categories", ProjectCategory.values());
    model.addAttribute("priorities", Priority.values());
    model.addAttribute(
        "memberRoles", List.of(MembershipRole.TEAM_MEMBER, MembershipRole.STAKEHOLDER));
  }

  private static List<HistoryRow> history(List<ProjectChangeView> changes) {
    return changes.stream()
        .map(
            c ->
                new HistoryRow(
                    c.revision(),
                    format(c.changedAt()),
                    c.changedAt() == null ? null : c.changedAt().toString(),
                    c.changedBy(),
                    c.field(),
                    c.oldValue(),
                    c.newValue()))
        .toList();
  }

  private static String format(Instant instant) {
    return instant == null ? null : WHEN.format(instant);
  }

  /** A history entry ready to show. */
  public record HistoryRow(
      long revision,
      String when,
      String isoWhen,
      String who,
      String field,
      String oldValue,
      String newValue) {}
}
