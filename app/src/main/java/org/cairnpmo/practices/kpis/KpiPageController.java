package org.cairnpmo.practices.kpis;

import jakarta.validation.Validator;
import java.util.Optional;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.organization.OrganizationApi;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.history.web.HistoryPanel;
import org.cairnpmo.platform.web.Attachments;
import org.cairnpmo.platform.web.FormErrors;
import org.cairnpmo.platform.web.PageNav;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.practices.domain.DefinedEntries;
import org.cairnpmo.practices.domain.PracticesAccess;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
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
 * The KPI pages: the portfolio's (or a department's) KPIs with their trends, one KPI by project,
 * the definition form, the snapshot button and the workbook.
 */
@Controller
record KpiPageController(
    KpiService definitions,
    KpiBoard board,
    KpiSnapshots snapshots,
    KpiWorkbook workbook,
    OrganizationApi organization,
    Validator validator,
    HistoryPanel historyPanel) {

  private static final int MONTHS = 12;
  private static final int PAGE_SIZE = 20;

  @InitBinder
  void initBinder(WebDataBinder binder) {
    binder.setDisallowedFields("id");
  }

  @GetMapping("/practices/kpis")
  String kpis(@RequestParam(required = false) Long department, Model model, CurrentUser viewer) {
    boolean known = department != null && organization.department(department).isPresent();
    model.addAttribute(
        "board",
        known ? board.department(department, MONTHS, viewer) : board.portfolio(MONTHS, viewer));
    model.addAttribute("department", known ? department : null);
    model.addAttribute("departments", organization.departments());
    model.addAttribute("canWrite", PracticesAccess.mayWriteKpis(viewer));
    return "practices/kpis";
  }

  @GetMapping("/practices/kpis/projects/{projectId}")
  String project(@PathVariable long projectId, Model model, CurrentUser viewer) {
    model.addAttribute("board", board.project(projectId, MONTHS, viewer));
    model.addAttribute("projectId", projectId);
    model.addAttribute("canWrite", PracticesAccess.mayWriteKpis(viewer));
    return "practices/project-kpis";
  }

  @GetMapping("/practices/kpis/{id}")
  String kpi(
      @PathVariable long id,
      @RequestParam(required = false) Long department,
      @RequestParam(defaultValue = "0") int page,
      Model model,
      CurrentUser viewer) {
    KpiView kpi = definitions.definition(id);
    Page<KpiBoard.ProjectFigure> found =
        Paging.showing(
            page, PAGE_SIZE, Sort.unsorted(), p -> board.projects(id, department, p, viewer));
    model.addAttribute("kpi", kpi);
    model.addAttribute("figures", found);
    model.addAttribute(
        "pageNav",
        PageNav.of(found, PageNav.link("/practices/kpis/" + id, "department", department)));
    model.addAttribute("department", department);
    model.addAttribute("departments", organization.departments());
    model.addAttribute("canWrite", PracticesAccess.mayWriteKpis(viewer));
    historyPanel.addTo(model, "kpi", id);
    return "practices/kpi";
  }

  @GetMapping("/practices/kpis/new")
  String create(@RequestParam(required = false) String measure, Model model, CurrentUser viewer) {
    PracticesAccess.requireKpiWriter(viewer);
    KpiMeasure m =
        org.cairnpmo.platform.web.FormInput.choice(measure, KpiMeasure.class, KpiMeasure.SPI);
    return form(model, KpiForm.of(KpiData.standard(m)), null);
  }

  @GetMapping("/practices/kpis/{id}/edit")
  String edit(@PathVariable long id, Model model, CurrentUser viewer) {
    PracticesAccess.requireKpiWriter(viewer);
    KpiView kpi = definitions.definition(id);
    return form(model, KpiForm.of(kpi.toData()), kpi);
  }

  @PostMapping({"/practices/kpis", "/practices/kpis/{id}/edit"})
  String save(
      @PathVariable(required = false) Long id,
      @ModelAttribute("form") KpiForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    PracticesAccess.requireKpiWriter(viewer);
    KpiView existing = id == null ? null : definitions.definition(id);
    KpiData data;
    try {
      data = form.toData();
    } catch (InvalidInputException e) {
      FormErrors.reject(binding, e);
      return form(model, form, existing);
    }
    Optional<KpiView> saved =
        FormErrors.validateAndAttempt(
            validator,
            data,
            binding,
            model,
            () -> DefinedEntries.save(definitions, id, data, form.editedVersion(), viewer));
    if (saved.isPresent()) {
      redirect.addFlashAttribute("flash", "KPI " + saved.get().name() + " saved.");
      return "redirect:/practices/kpis";
    }
    return form(model, form, existing);
  }

  @PostMapping("/practices/kpis/snapshots")
  String snapshot(RedirectAttributes redirect, CurrentUser viewer) {
    KpiSnapshots.Taken taken = snapshots.takeNow(viewer);
    redirect.addFlashAttribute(
        "flash",
        "Snapshot of "
            + taken.period()
            + " taken as of "
            + taken.asOf()
            + ": "
            + taken.figures()
            + " figures of "
            + taken.projects()
            + " projects.");
    return "redirect:/practices/kpis";
  }

  @GetMapping("/practices/kpis/workbook.xlsx")
  ResponseEntity<byte[]> xlsx(CurrentUser viewer) {
    return Attachments.uncached(
        workbook.write(MONTHS, viewer), Attachments.XLSX, "cairn-kpis.xlsx");
  }

  private String form(Model model, KpiForm form, KpiView existing) {
    model.addAttribute("form", form);
    model.addAttribute("kpi", existing);
    model.addAttribute("measures", KpiMeasure.values());
    model.addAttribute("directions", KpiDirection.values());
    return "practices/kpi-form";
  }
}
