package org.cairnpmo.resources.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.history.web.HistoryPanel;
import org.cairnpmo.platform.web.PageNav;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.resources.RaciData;
import org.cairnpmo.resources.RaciLetter;
import org.cairnpmo.resources.RaciView;
import org.cairnpmo.resources.domain.CatalogService;
import org.cairnpmo.resources.domain.PoolService;
import org.cairnpmo.resources.domain.RaciService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The RACI pages: the projects to choose from, and one project's matrix, read by whoever sees the
 * project and edited in place by its manager, the PMO and administrators. Adding or removing a
 * column or row redraws the form without saving; "Save" saves the whole matrix.
 */
@Controller
record RaciPageController(
    RaciService raci,
    RaciDocuments documents,
    PoolService pool,
    CatalogService catalog,
    ProjectsApi projects,
    HistoryPanel history) {

  private static final Set<ProjectStatus> RUNNING =
      EnumSet.of(ProjectStatus.PROPOSED, ProjectStatus.ACTIVE, ProjectStatus.ON_HOLD);

  @InitBinder("form")
  void initBinder(WebDataBinder binder) {
    binder.setDisallowedFields("id");
  }

  @GetMapping("/resources/raci")
  String projects(
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page,
      CurrentUser viewer,
      Model model) {
    ProjectFilter filter = new ProjectFilter(q, RUNNING, null, null, null, null);
    Page<ProjectView> results =
        Paging.showing(page, 25, Sort.by("code"), p -> projects.search(filter, p, viewer));
    model.addAttribute("q", q);
    model.addAttribute("results", results);
    model.addAttribute("nav", PageNav.of(results, PageNav.link("/resources/raci", "q", q)));
    return "resources/raci-projects";
  }

  @GetMapping("/projects/{projectId}/raci")
  String matrix(@PathVariable long projectId, CurrentUser viewer, Model model) {
    RaciView view = raci.view(projectId, viewer);
    raci.matrixId(projectId).ifPresent(id -> history.addTo(model, "raci-matrix", id));
    return page(view, view, RaciForm.of(view), List.of(), viewer, model);
  }

  @PostMapping("/projects/{projectId}/raci")
  String save(
      @PathVariable long projectId,
      @ModelAttribute("form") RaciForm form,
      BindingResult binding,
      @RequestParam(defaultValue = "save") String action,
      CurrentUser editor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    RaciView saved = raci.view(projectId, editor);
    if (!saved.editable()) {
      throw new AccessDeniedException(
          "Only the project's manager, the PMO and administrators change its RACI");
    }
    List<FieldProblem> problems = new ArrayList<>();
    binding
        .getFieldErrors()
        .forEach(e -> problems.add(new FieldProblem(e.getField(), e.getDefaultMessage())));
    RaciData data = form.toData(action, problems);
    if ("save".equals(action)
        && FormProblems.attempt(
                binding,
                problems,
                model,
                response,
                null,
                () -> raci.save(projectId, data, form.editedVersion(), editor))
            .isPresent()) {
      redirect.addFlashAttribute("flash", "Saved the RACI of " + saved.projectCode() + ".");
      return "redirect:/projects/" + projectId + "/raci";
    }
    RaciView draft = draft(saved, data, editor);
    RaciForm shown = RaciForm.of(draft);
    shown.setVersion(form.getVersion());
    return page(saved, draft, shown, problems, editor, model);
  }

  @GetMapping("/projects/{projectId}/raci.xlsx")
  ResponseEntity<byte[]> xlsx(@PathVariable long projectId, CurrentUser viewer) {
    return documents.xlsxDownload(raci.view(projectId, viewer));
  }

  @GetMapping("/projects/{projectId}/raci.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable long projectId, CurrentUser viewer) {
    return documents.pdfDownload(raci.view(projectId, viewer));
  }

  private String page(
      RaciView saved,
      RaciView shown,
      RaciForm form,
      List<FieldProblem> problems,
      CurrentUser viewer,
      Model model) {
    model.addAttribute("raci", saved);
    model.addAttribute("shown", shown);
    model.addAttribute("form", form);
    model.addAttribute("problems", problems);
    Map<Integer, String> rowProblems = new LinkedHashMap<>();
    for (FieldProblem p : problems) {
      if (p.field() != null && p.field().startsWith("rows[")) {
        int end = p.field().indexOf(']');
        try {
          rowProblems.putIfAbsent(Integer.parseInt(p.field().substring(5, end)), p.message());
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
          // a path the form does not show: the message is above the form
        }
      }
    }
    model.addAttribute("rowProblems", rowProblems);
    model.addAttribute("letters", RaciLetter.values());
    if (saved.editable()) {
      model.addAttribute("people", pool.all(viewer));
      model.addAttribute("roles", catalog.roles(viewer));
      model.addAttribute("tasks", raci.tasks(saved.projectId(), viewer));
    }
    return "resources/raci";
  }

  /** The matrix as the form left it (not saved), with names and flags, to draw the form again. */
  private RaciView draft(RaciView saved, RaciData data, CurrentUser viewer) {
    Map<Long, String> people =
        pool.namesOf(
            data.columns().stream()
                .map(RaciData.Column::personId)
                .filter(Objects::nonNull)
                .toList());
    Map<Long, String> roles =
        catalog.roles(viewer).stream().collect(Collectors.toMap(r -> r.id(), r -> r.name()));
    List<RaciView.ColumnView> columns =
        data.columns().stream()
            .map(
                c ->
                    new RaciView.ColumnView(
                        c.personId(),
                        c.roleId(),
                        c.personId() != null
                            ? people.getOrDefault(c.personId(), "?")
                            : roles.getOrDefault(c.roleId(), "?")))
            .toList();
    List<RaciView.RowView> rows = new ArrayList<>();
    for (RaciData.Row r : data.rows()) {
      List<String> cells = new ArrayList<>();
      for (int j = 0; j < columns.size(); j++) {
        RaciLetter letter = RaciLetter.read(j < r.cells().size() ? r.cells().get(j) : null);
        cells.add(letter == null ? "" : letter.name());
      }
      rows.add(
          new RaciView.RowView(
              r.label(),
              r.taskId(),
              null,
              cells,
              !cells.contains(RaciLetter.R.name()),
              !cells.contains(RaciLetter.A.name())));
    }
    return new RaciView(
        saved.projectId(),
        saved.projectCode(),
        saved.projectName(),
        columns,
        rows,
        saved.editable(),
        saved.version(),
        saved.updatedAt(),
        saved.updatedBy());
  }
}
