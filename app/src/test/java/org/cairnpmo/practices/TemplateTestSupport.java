package org.cairnpmo.practices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.governance.domain.LifecycleView;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.practices.templates.NewProjectData;
import org.cairnpmo.practices.templates.TemplateContent;
import org.cairnpmo.practices.templates.TemplateData;
import org.cairnpmo.practices.templates.TemplateInstantiation;
import org.cairnpmo.practices.templates.TemplateLibrary;
import org.cairnpmo.practices.templates.TemplateView;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.resources.RoleData;
import org.cairnpmo.resources.RoleView;
import org.cairnpmo.resources.domain.CatalogService;
import org.springframework.beans.factory.annotation.Autowired;

/** Templates with one of every kind of item, and projects made from them, for the tests. */
abstract class TemplateTestSupport extends PracticesTestSupport {

  static final LocalDate START = LocalDate.of(2027, 3, 1);

  @Autowired protected TemplateLibrary library;
  @Autowired protected TemplateInstantiation instantiation;
  @Autowired protected CatalogService catalog;

  /** A Word template in the archive's library. */
  protected long libraryTemplate() throws Exception {
    return read(mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                        "/api/v1/archive/templates")
                    .file(
                        new org.springframework.mock.web.MockMultipartFile(
                            "file",
                            "charter.docx",
                            "application/octet-stream",
                            org.cairnpmo.archive.demo.SampleFiles.docx(
                                "Charter",
                                "Test",
                                List.of(
                                    new org.cairnpmo.archive.demo.SampleFiles.Section(
                                        "Scope", List.of("What is in."))))))
                    .param("name", "Charter template " + unique())
                    .with(as(user(Role.PMO))))
            .andReturn())
        .get("id")
        .asLong();
  }

  protected RoleView role() {
    return catalog.createRole(
        new RoleData("Template role " + unique(), null, null, null, null, null),
        current(user(Role.ADMIN)));
  }

  protected static TemplateContent fullContent(String roleName) {
    return new TemplateContent(
        List.of(
            new TemplateContent.TaskItem("Design", 5, List.of()),
            new TemplateContent.TaskItem("Build", 10, List.of("Design")),
            new TemplateContent.TaskItem("Go-live", 0, List.of("Build"))),
        List.of(
            new TemplateContent.MilestoneItem("Kick-off", 0),
            new TemplateContent.MilestoneItem("Handover", 60)),
        List.of(
            new TemplateContent.RiskItem("Key people leave", "Knowledge is lost", 3, 4),
            new TemplateContent.RiskItem("Vendor is late", null, 2, 3)),
        List.of(
            new TemplateContent.BudgetItem(0, "LABOUR", "OPEX", new BigDecimal("10000.00")),
            new TemplateContent.BudgetItem(1, "MATERIAL", "CAPEX", new BigDecimal("5000.00"))),
        List.of(roleName),
        List.of(
            new TemplateContent.RaciItem("Approve the design", List.of("A")),
            new TemplateContent.RaciItem("Run the go-live", List.of("R"))),
        List.of("Charter signed", "Kick-off held"),
        List.of(
            new TemplateContent.DocumentItem("Project charter", "https://example.org/charter"),
            new TemplateContent.DocumentItem("Closure report", null)),
        "MONTHLY");
  }

  protected static TemplateData templateData(
      String name, LifecycleView lifecycle, Long tierId, TemplateContent content, Long version) {
    return new TemplateData(
        name,
        "For tests",
        lifecycle == null ? null : lifecycle.id(),
        null,
        tierId,
        ProjectCategory.IT_INFRASTRUCTURE,
        Priority.HIGH,
        "First version",
        content,
        version);
  }

  /** A published template on a new lifecycle and tier, with one of everything. */
  protected TemplateView published(CurrentUser pmo, TemplateContent content) {
    LifecycleView lifecycle = lifecycle();
    TemplateView draft =
        library.define(
            templateData("Template " + unique(), lifecycle, tier(lifecycle).id(), content, null),
            pmo);
    return library.publish(draft.id(), draft.version(), pmo);
  }

  /** A published template that holds one task and one checklist item. */
  protected TemplateView publishedSmall(CurrentUser pmo) {
    return published(
        pmo,
        new TemplateContent(
            List.of(new TemplateContent.TaskItem("Work", 1, List.of())),
            null,
            null,
            null,
            null,
            null,
            List.of("Charter signed"),
            null,
            "MONTHLY"));
  }

  protected static NewProjectData newProject(Long managerId) {
    String code = "TP-" + unique();
    return new NewProjectData(
        code,
        "Project " + code,
        "Made from a template",
        null,
        null,
        managerId,
        null,
        START,
        START.plusMonths(6),
        new BigDecimal("15000.00"),
        "EUR",
        false);
  }
}
