package org.cairnpmo.practices.compliance;

import org.cairnpmo.governance.GovernanceApi;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.organization.OrganizationApi;
import org.cairnpmo.platform.web.FlashActions;
import org.cairnpmo.platform.web.FormInput;
import org.cairnpmo.platform.web.PageNav;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.practices.domain.PracticesAccess;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectsApi;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The compliance pages: the portfolio view the PMO sorts and filters, one project's rules and what
 * it must do before its next gate (with the marks its people set), and the panel on the project's
 * page.
 */
@Controller
record CompliancePageController(
    ComplianceService compliance,
    ProjectsApi projects,
    OrganizationApi organization,
    GovernanceApi governance) {

  private static final int PAGE_SIZE = 20;

  @GetMapping("/practices/compliance")
  String portfolio(PortfolioQuery query, Model model, CurrentUser viewer) {
    ComplianceFilter filter = query.filter();
    Page<ProjectCompliance> found =
        Paging.showing(
            query.pageNumber(),
            PAGE_SIZE,
            Sort.unsorted(),
            p -> compliance.portfolio(filter, query.order(), query.descending(), p, viewer));
    model.addAttribute("rows", found);
    model.addAttribute("filter", filter);
    model.addAttribute("sort", query.order());
    model.addAttribute("dir", query.direction());
    model.addAttribute("pageNav", PageNav.of(found, query.link()));
    model.addAttribute("departments", organization.departments());
    model.addAttribute("tiers", governance.tiers());
    model.addAttribute("statuses", ProjectStatus.values());
    return "practices/compliance";
  }

  @GetMapping("/practices/compliance/projects/{projectId}")
  String project(@PathVariable long projectId, Model model, CurrentUser viewer) {
    ProjectCompliance c = compliance.project(projectId, viewer);
    model.addAttribute("c", c);
    model.addAttribute(
        "canMark",
        PracticesAccess.mayRecord(projects.requireVisible(projectId, viewer), viewer)
            && !c.status().isFinal());
    return "practices/project-compliance";
  }

  @GetMapping("/practices/compliance/projects/{projectId}/panel")
  String panel(@PathVariable long projectId, Model model, CurrentUser viewer) {
    model.addAttribute("c", compliance.project(projectId, viewer));
    return "practices/compliance-panel :: panel";
  }

  @PostMapping("/practices/compliance/projects/{projectId}/marks")
  String mark(
      @PathVariable long projectId,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String phase,
      @RequestParam(required = false) String item,
      @RequestParam(required = false) String reference,
      @RequestParam(defaultValue = "true") boolean done,
      RedirectAttributes redirect,
      CurrentUser viewer) {
    FlashActions.run(
            redirect,
            null,
            () ->
                compliance.mark(
                    projectId,
                    FormInput.choice(kind, MarkKind.class, null),
                    phase,
                    item,
                    reference,
                    done,
                    viewer))
        .ifPresent(
            marked ->
                redirect.addFlashAttribute(
                    "flash", done ? "Marked done: " + item + "." : "Mark taken back."));
    return "redirect:/practices/compliance/projects/" + projectId;
  }
}
