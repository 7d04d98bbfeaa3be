package org.cairnpmo.archive.demo;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cairnpmo.archive.demo.SampleFiles.Section;
import org.cairnpmo.archive.domain.DocumentData;
import org.cairnpmo.archive.domain.DocumentService;
import org.cairnpmo.archive.domain.DocumentView;
import org.cairnpmo.archive.domain.FileIntake;
import org.cairnpmo.archive.domain.OwnerKind;
import org.cairnpmo.archive.domain.ReceivedFile;
import org.cairnpmo.archive.domain.TemplateData;
import org.cairnpmo.archive.domain.TemplateService;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.platform.DemoLoaded;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The demo's archive: a few templates in the library (Word, Excel, Markdown), and documents on
 * several demo projects (charters and final reports as PDF, minutes as Word, cost plans as Excel),
 * all made at start, so the repository holds no binaries. The closed ERP upgrade's final report is
 * approved; the data centre migration's charter starts from the library's template. Filed by the
 * PMO after the budgets; a template or project that has its documents already is left alone.
 */
@Component
@ConditionalOnBooleanProperty("cairn.demo.enabled")
class ArchiveDemoData {

  private static final Logger log = LoggerFactory.getLogger(ArchiveDemoData.class);

  private static final String CHARTER_TEMPLATE = "Project charter";

  private final DocumentService documents;
  private final TemplateService templates;
  private final FileIntake intake;
  private final SampleFiles files;
  private final ProjectsApi projects;
  private final IdentityApi identity;
  private final ClosureDemoData closures;

  ArchiveDemoData(
      DocumentService documents,
      TemplateService templates,
      FileIntake intake,
      SampleFiles files,
      ProjectsApi projects,
      IdentityApi identity,
      ClosureDemoData closures) {
    this.documents = documents;
    this.templates = templates;
    this.intake = intake;
    this.files = files;
    this.projects = projects;
    this.identity = identity;
    this.closures = closures;
  }

  /** Loads after the budgets, the last part of the demo before it. */
  @EventListener
  void on(DemoLoaded.Budgets loaded) {
    try {
      load();
    } catch (RuntimeException e) {
      // The demo's archive must never keep Cairn from starting.
      log.error("Demo archive: not loaded: {}", e.getMessage(), e);
    }
  }

  void load() {
    Optional<UserSummary> pmo = identity.userByUsername("pmo");
    if (pmo.isEmpty()) {
      log.warn("Demo archive: the demo person 'pmo' is missing; nothing loaded.");
      return;
    }
    UserSummary p = pmo.get();
    CurrentUser by = new CurrentUser(p.id(), p.username(), p.displayName(), p.roles());
    loadTemplates(by);
    loadDocuments(by);
    closures.load(by);
  }

  private void loadTemplates(CurrentUser by) {
    template(
        by,
        CHARTER_TEMPLATE,
        "charter-template.docx",
        SampleFiles.docx(
            "Project charter",
            "Template · Northwind PMO",
            List.of(
                new Section("Purpose", List.of("Why the project exists, in two sentences.")),
                new Section("Scope", List.of("In scope:", "Out of scope:")),
                new Section("Objectives and measures", List.of("Objective, measure, target.")),
                new Section("Sponsor, manager and team", List.of("Who decides, who delivers.")),
                new Section("Budget and milestones", List.of("Amount, currency, key dates.")))),
        "Project charter",
        "The charter every project writes in Initiation.");
    template(
        by,
        "Steering committee minutes",
        "steering-minutes-template.docx",
        SampleFiles.docx(
            "Steering committee minutes",
            "Template · date, attendees",
            List.of(
                new Section("Status", List.of("Overall status and the one thing to know.")),
                new Section("Decisions", List.of("Decision, owner, date.")),
                new Section("Actions", List.of("Action, owner, due date.")))),
        null,
        "Minutes of a steering committee, with decisions and actions.");
    template(
        by,
        "Cost plan",
        "cost-plan-template.xlsx",
        SampleFiles.xlsx(
            "Cost plan",
            List.of("Cost item", "Category", "Q1", "Q2", "Q3", "Q4"),
            List.of(List.of("Example: licences", "Software", 0, 0, 0, 0))),
        "Budget",
        "Quarterly cost plan by item, for the budget owner.");
    template(
        by,
        "Lessons learned workshop",
        "lessons-workshop.md",
        SampleFiles.markdown(
            "Lessons learned workshop",
            List.of(
                new Section("What went well", List.of("- ")),
                new Section("What to avoid next time", List.of("- ")),
                new Section("Recommendations", List.of("- ")))),
        "Lessons learned report",
        "The agenda and notes of the closure workshop.");
  }

  private void template(
      CurrentUser by,
      String name,
      String fileName,
      byte[] content,
      String deliverable,
      String description) {
    if (templates.named(name).isPresent()) {
      return;
    }
    try (ReceivedFile file = intake.receive(new ByteArrayInputStream(content), fileName)) {
      templates.create(
          new TemplateData(name, description, null, deliverable, null), file, null, by);
    } catch (RuntimeException e) {
      log.warn("Demo archive: template {} not loaded: {}", name, e.getMessage());
    }
  }

  private void loadDocuments(CurrentUser by) {
    erp(by);
    dataCentre(by);
    workplace(by);
  }

  /** The closed ERP upgrade: charter, minutes, cost plan, and an approved final report. */
  private void erp(CurrentUser by) {
    Optional<ProjectView> found = project("ERP finance module upgrade", by);
    if (found.isEmpty() || hasDocuments(found.get(), by)) {
      return;
    }
    ProjectView project = found.get();
    String subtitle = project.code() + " · " + project.departmentName();
    file(
        project,
        by,
        "Project charter",
        "Charter",
        "Initiation",
        "erp-charter.pdf",
        files.pdf(
            "Project charter: ERP finance module upgrade",
            subtitle + " · approved 2025-02-20",
            List.of(
                new Section(
                    "Purpose",
                    List.of(
                        "Move the general ledger, payables and receivables to the new ERP release"
                            + " and retire the custom month-end scripts.")),
                new Section(
                    "Objectives",
                    List.of(
                        "Close the books in four working days instead of seven.",
                        "No custom month-end script left in production.")),
                new Section(
                    "Scope",
                    List.of(
                        "In scope: general ledger, accounts payable, accounts receivable, the"
                            + " month-end close. Out of scope: treasury and payroll.")),
                new Section(
                    "Budget",
                    List.of("EUR 1,250,000, of which EUR 420,000 for the integrator.")))));
    file(
        project,
        by,
        "Steering committee minutes, October 2025",
        "Minutes",
        "Execution",
        "erp-steering-2025-10.docx",
        SampleFiles.docx(
            "Steering committee minutes",
            "ERP finance module upgrade · 14 October 2025",
            List.of(
                new Section(
                    "Status",
                    List.of(
                        "Second migration rehearsal completed; 3 mapping errors found and fixed.")),
                new Section(
                    "Decisions",
                    List.of(
                        "Go-live moved to 2 February 2026, after the year-end close.",
                        "The integrator keeps two consultants on site until March.")),
                new Section(
                    "Actions",
                    List.of("Finance to freeze the chart of accounts by 15 December.")))));
    file(
        project,
        by,
        "Cost plan",
        "Plan",
        "Planning",
        "erp-cost-plan.xlsx",
        SampleFiles.xlsx(
            "Cost plan",
            List.of("Cost item", "Category", "2025", "2026"),
            List.of(
                List.of("Integrator", "Services", 320000, 100000),
                List.of("Licences", "Software", 260000, 0),
                List.of("Internal team", "Labour", 310000, 140000),
                List.of("Training", "Services", 40000, 30000),
                List.of("Contingency", "Reserve", 25000, 25000))));
    DocumentView report =
        file(
            project,
            by,
            "Final report",
            "Final report",
            "Closure",
            "erp-final-report.pdf",
            files.pdf(
                "Final report: ERP finance module upgrade",
                subtitle + " · June 2026",
                List.of(
                    new Section(
                        "Outcome",
                        List.of(
                            "Live since 2 February 2026. The March close took four working days;"
                                + " April and May took three and a half.")),
                    new Section("Budget", List.of("Spent EUR 1,208,000 of EUR 1,250,000 (97 %).")),
                    new Section(
                        "Lessons",
                        List.of(
                            "Two full migration rehearsals caught the mapping errors before"
                                + " cutover.",
                            "Never go live during a month-end close.")))));
    if (report != null && project.sponsorId() != null) {
      try {
        DocumentView inReview =
            documents.submitForReview(
                OwnerKind.PROJECT,
                project.id(),
                report.id(),
                project.sponsorId(),
                report.version(),
                by);
        documents.approve(OwnerKind.PROJECT, project.id(), inReview.id(), 1, by);
      } catch (RuntimeException e) {
        log.warn("Demo archive: final report not approved: {}", e.getMessage());
      }
    }
  }

  /** The data centre migration: its charter from the library's template, and minutes. */
  private void dataCentre(CurrentUser by) {
    Optional<ProjectView> found = project("Data centre migration to the cloud", by);
    if (found.isEmpty() || hasDocuments(found.get(), by)) {
      return;
    }
    ProjectView project = found.get();
    templates
        .named(CHARTER_TEMPLATE)
        .ifPresent(
            t ->
                templates.start(
                    OwnerKind.PROJECT, project.id(), t.id(), "Project charter (draft)", by));
    file(
        project,
        by,
        "Migration wave plan",
        "Plan",
        "Execution",
        "migration-waves.xlsx",
        SampleFiles.xlsx(
            "Waves",
            List.of("Wave", "Applications", "Servers", "Cutover weekend"),
            List.of(
                List.of("1: test and development", 34, 120, "2026-03-14"),
                List.of("2: internal tools", 51, 180, "2026-05-09"),
                List.of("3: customer-facing", 27, 140, "2026-09-19"))));
  }

  /** The workplace refresh: charter and minutes. */
  private void workplace(CurrentUser by) {
    Optional<ProjectView> found = project("Windows 11 workplace refresh", by);
    if (found.isEmpty() || hasDocuments(found.get(), by)) {
      return;
    }
    ProjectView project = found.get();
    file(
        project,
        by,
        "Project charter",
        "Charter",
        "Initiation",
        "workplace-charter.pdf",
        files.pdf(
            "Project charter: Windows 11 workplace refresh",
            project.code() + " · " + project.departmentName(),
            List.of(
                new Section(
                    "Purpose",
                    List.of(
                        "Replace 2,400 laptops and move every workplace to Windows 11 before"
                            + " support for Windows 10 ends.")),
                new Section(
                    "Approach",
                    List.of("Floor by floor, 150 devices a week, with a walk-up help desk.")))));
    file(
        project,
        by,
        "Pilot review minutes",
        "Minutes",
        "Execution",
        "workplace-pilot-review.docx",
        SampleFiles.docx(
            "Pilot review minutes",
            "Windows 11 workplace refresh",
            List.of(
                new Section(
                    "Findings",
                    List.of(
                        "Two line-of-business applications need a compatibility fix.",
                        "Users rated the walk-up help desk 4.6 out of 5.")),
                new Section(
                    "Decisions", List.of("Start the rollout with Finance and HR floors.")))));
  }

  private DocumentView file(
      ProjectView project,
      CurrentUser by,
      String title,
      String type,
      String phase,
      String fileName,
      byte[] content) {
    try (ReceivedFile received = intake.receive(new ByteArrayInputStream(content), fileName)) {
      return documents.file(
          OwnerKind.PROJECT,
          project.id(),
          new DocumentData(title, type, phase, null, null, project.managerId(), null),
          received,
          by);
    } catch (RuntimeException e) {
      log.warn("Demo archive: {} of {} not loaded: {}", title, project.name(), e.getMessage());
      return null;
    }
  }

  private boolean hasDocuments(ProjectView project, CurrentUser by) {
    return documents.count(OwnerKind.PROJECT, project.id(), by) > 0;
  }

  private Optional<ProjectView> project(String name, CurrentUser by) {
    ProjectFilter filter = new ProjectFilter(name, Set.of(), null, null, null, null);
    Optional<ProjectView> found =
        projects.search(filter, PageRequest.of(0, 20), by).getContent().stream()
            .filter(p -> p.name().equals(name))
            .findFirst();
    if (found.isEmpty()) {
      log.warn("Demo archive: no project named {}", name);
    }
    return found;
  }
}
