package org.cairnpmo.budgets.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.cairnpmo.budgets.EvmPeriod;
import org.cairnpmo.budgets.EvmView;
import org.cairnpmo.budgets.domain.ActualData;
import org.cairnpmo.budgets.domain.ActualView;
import org.cairnpmo.budgets.domain.BudgetChecks;
import org.cairnpmo.budgets.domain.BudgetService;
import org.cairnpmo.budgets.domain.BudgetView;
import org.cairnpmo.budgets.domain.CostCategory;
import org.cairnpmo.budgets.domain.CostType;
import org.cairnpmo.budgets.domain.ImportResult;
import org.cairnpmo.budgets.domain.Periods;
import org.cairnpmo.budgets.domain.ProgressView;
import org.cairnpmo.engine.finance.EacMethod;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.history.web.HistoryPanel;
import org.cairnpmo.platform.tabular.ImportRejectedException;
import org.cairnpmo.platform.web.FormErrors;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.projects.ProjectView;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * A project's budget page: the budget grid (months × categories and cost types, with the monthly
 * percent complete), the earned value with its formulas, the S-curve with its data table, and the
 * actual costs with the form to add one and the upload to import a file.
 */
@Controller
@RequestMapping("/projects/{projectId}/budget")
record BudgetPageController(
    BudgetService budgets, JsonMapper json, Clock clock, HistoryPanel historyPanel) {

  static final int ACTUALS_PER_PAGE = 25;
  static final List<EacMethod> METHODS =
      List.of(
          EacMethod.BAC_OVER_CPI,
          EacMethod.AC_PLUS_REMAINING_AT_BUDGET,
          EacMethod.AC_PLUS_REMAINING_AT_CPI_SPI);

  /** A column of the grid: one category and cost type. */
  record GridColumn(CostCategory category, CostType costType) {
    public String label() {
      return category.label() + " " + costType.label().toLowerCase(java.util.Locale.ROOT);
    }
  }

  static final List<GridColumn> COLUMNS = columns();

  private static List<GridColumn> columns() {
    List<GridColumn> columns = new ArrayList<>();
    for (CostCategory category : CostCategory.values()) {
      for (CostType type : CostType.values()) {
        columns.add(new GridColumn(category, type));
      }
    }
    return List.copyOf(columns);
  }

  @GetMapping
  String show(
      @PathVariable long projectId,
      @RequestParam(defaultValue = "0") int page,
      CurrentUser viewer,
      Model model) {
    render(projectId, page, viewer, model, null);
    return "budgets/project";
  }

  // ---------------------------------------------------------------- the grid

  @PostMapping
  String save(
      @PathVariable long projectId,
      CurrentUser editor,
      @ModelAttribute("grid") BudgetGridForm grid,
      BindingResult binding,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    BudgetGridForm.Reading reading = grid.read();
    FormErrors.reject(binding, reading.problems());
    Optional<BudgetView> saved =
        FormErrors.attempt(
            binding,
            model,
            "gridConflict",
            () ->
                budgets.savePlan(
                    projectId,
                    reading.lines(),
                    reading.progress(),
                    reading.method(),
                    grid.versionOrStale(),
                    editor));
    if (saved.isPresent()) {
      redirect.addFlashAttribute("flash", "The budget and progress were saved.");
      return "redirect:/projects/" + projectId + "/budget";
    }
    boolean rule = binding.getGlobalErrors().stream().anyMatch(e -> "rule".equals(e.getCode()));
    response.setStatus(
        model.containsAttribute("gridConflict") || rule
            ? HttpServletResponse.SC_CONFLICT
            : HttpServletResponse.SC_BAD_REQUEST);
    if (binding.hasErrors()) {
      model.addAttribute(
          "gridErrors",
          binding.getAllErrors().stream().map(ObjectError::getDefaultMessage).toList());
    }
    render(projectId, 0, editor, model, grid);
    return "budgets/project";
  }

  // ---------------------------------------------------------------- actuals

  @PostMapping("/actuals")
  String addActual(
      @PathVariable long projectId,
      CurrentUser editor,
      @ModelAttribute("actualForm") ActualForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    List<FieldProblem> unreadable = form.problems();
    ActualData data = form.toData();
    try {
      if (!unreadable.isEmpty()) {
        // Show what the form could not read together with everything else that is wrong.
        List<FieldProblem> all = new ArrayList<>(unreadable);
        all.addAll(BudgetChecks.actualProblems(data));
        throw new InvalidInputException(all);
      }
      ActualView saved = budgets.addActual(projectId, data, editor);
      redirect.addFlashAttribute(
          "flash", "Recorded " + saved.amount().toPlainString() + " for " + saved.period() + ".");
      return "redirect:/projects/" + projectId + "/budget#actuals";
    } catch (InvalidInputException e) {
      // One message a field, the first: a field the form cannot read is not also "missing".
      Map<String, String> errors = new LinkedHashMap<>();
      e.problems().forEach(p -> errors.putIfAbsent(p.field(), p.message()));
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("actualErrors", errors);
    } catch (BusinessRuleException e) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      model.addAttribute("flashError", e.getMessage());
      model.addAttribute("actualErrors", Map.of());
    }
    render(projectId, 0, editor, model, null);
    return "budgets/project";
  }

  @PostMapping("/actuals/import")
  String importActuals(
      @PathVariable long projectId,
      @RequestParam(value = "file", required = false) MultipartFile file,
      Model model,
      HttpServletResponse response,
      CurrentUser editor,
      RedirectAttributes redirect)
      throws IOException {
    String name = file == null ? null : file.getOriginalFilename();
    try {
      ImportResult result =
          budgets.importActuals(
              projectId, name, file == null ? new byte[0] : file.getBytes(), editor);
      redirect.addFlashAttribute(
          "flash",
          "Imported "
              + result.imported()
              + " actual cost(s) from "
              + result.fileName()
              + ", totalling "
              + result.total().toPlainString()
              + ".");
      return "redirect:/projects/" + projectId + "/budget#actuals";
    } catch (ImportRejectedException e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("importProblems", e.problems());
      model.addAttribute("importMessage", e.getMessage());
      model.addAttribute("importFile", name);
    } catch (BusinessRuleException e) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      model.addAttribute("flashError", e.getMessage());
    }
    render(projectId, 0, editor, model, null);
    return "budgets/project";
  }

  // ---------------------------------------------------------------- rendering

  private void render(
      long projectId, int page, CurrentUser viewer, Model model, BudgetGridForm submitted) {
    ProjectView project = budgets.project(projectId, viewer);
    BudgetView budget = budgets.budget(projectId, viewer);
    ProgressView progress = budgets.progress(projectId, viewer);
    EvmView evm = budgets.earnedValue(projectId, null, viewer);
    Page<ActualView> actuals =
        Paging.showing(
            page,
            ACTUALS_PER_PAGE,
            p -> budgets.actuals(projectId, p.getPageNumber(), p.getPageSize(), viewer));
    model.addAttribute("project", project);
    model.addAttribute("budget", budget);
    if (budget.id() != null) {
      historyPanel.addTo(model, "budget", budget.id());
    }
    model.addAttribute("evm", evm);
    model.addAttribute("actuals", actuals);
    model.addAttribute(
        "grid",
        submitted != null
            ? submitted
            : BudgetGridForm.of(months(project, budget, progress, evm), budget, progress));
    model.addAttribute("columns", COLUMNS);
    model.addAttribute("methods", METHODS);
    model.addAttribute("categories", CostCategory.values());
    model.addAttribute("costTypes", CostType.values());
    model.addAttribute("canChange", budget.editable());
    model.addAttribute("canBook", budgets.mayBook(project, viewer));
    model.addAttribute("chart", json.writeValueAsString(chart(evm)));
    if (!model.containsAttribute("actualErrors")) {
      model.addAttribute("actualForm", ActualForm.EMPTY);
      model.addAttribute("actualErrors", Map.of());
    }
  }

  /** The months of the grid: the project's planned months and every month with data. */
  List<String> months(ProjectView project, BudgetView budget, ProgressView progress, EvmView evm) {
    TreeSet<String> months = new TreeSet<>();
    if (project.plannedStart() != null && project.plannedFinish() != null) {
      YearMonth start = YearMonth.from(project.plannedStart());
      YearMonth end = YearMonth.from(project.plannedFinish());
      if (Periods.index(start, end) < 120) {
        Periods.range(start, end).forEach(m -> months.add(Periods.format(m)));
      }
    }
    budget.lines().forEach(l -> months.add(l.period()));
    progress.points().forEach(p -> months.add(p.period()));
    evm.periods().forEach(p -> months.add(p.period()));
    if (months.isEmpty()) {
      YearMonth now = YearMonth.now(clock.withZone(ZoneId.systemDefault()));
      Periods.range(now, now.plusMonths(11)).forEach(m -> months.add(Periods.format(m)));
    }
    return List.copyOf(months);
  }

  /** What the S-curve draws: cumulative PV, EV and AC by month (null where not reported). */
  static Map<String, Object> chart(EvmView evm) {
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("labels", evm.periods().stream().map(EvmPeriod::period).toList());
    chart.put("pv", evm.periods().stream().map(EvmPeriod::pv).toList());
    chart.put("ev", evm.periods().stream().map(EvmPeriod::ev).toList());
    chart.put("ac", evm.periods().stream().map(EvmPeriod::ac).toList());
    chart.put("currency", evm.currency());
    return chart;
  }
}
