package org.cairnpmo.practices.templates;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.archive.ArchiveApi;
import org.cairnpmo.budgets.BudgetsApi;
import org.cairnpmo.control.ControlSetup;
import org.cairnpmo.governance.GovernanceApi;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.planning.DependencyType;
import org.cairnpmo.planning.DurationUnit;
import org.cairnpmo.planning.LagKind;
import org.cairnpmo.planning.PlanImport;
import org.cairnpmo.planning.PlanningApi;
import org.cairnpmo.planning.TaskData;
import org.cairnpmo.planning.TaskView;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.resources.RaciData;
import org.cairnpmo.resources.ResourcesApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a ready project from a published template in one transaction: registered, on the template's
 * lifecycle, with its plan, key milestones, risks, reporting cadence, budget, RACI, checklist and
 * documents (those naming a library template are started in the archive from it). Each part goes
 * through the owning module's API with the caller's rights, so the same rules hold as on their
 * pages; any refusal undoes everything, the registration included.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TemplateInstantiation {

  /** Plans made from a template start at the beginning of the working day. */
  static final LocalTime DAY_START = LocalTime.of(8, 0);

  private final TemplateLibrary library;
  private final TemplateProjectRepository followers;
  private final TemplateElementRepository elements;
  private final ProjectItemRepository items;
  private final ProjectsApi projects;
  private final GovernanceApi governance;
  private final PlanningApi planning;
  private final ControlSetup control;
  private final BudgetsApi budgets;
  private final ResourcesApi resources;
  private final ArchiveApi archive;
  private final Clock clock;

  /** Registers a project from the template and gives it everything the template holds. */
  @Transactional
  public ProjectView create(long templateId, NewProjectData data, CurrentUser by) {
    ProjectTemplate template = library.find(templateId);
    template.requirePublished();
    if (data.status() != null && data.status().isFinal()) {
      throw org.cairnpmo.platform.InvalidInputException.of(
          "status", "A new project starts Proposed, Active or On hold.");
    }
    ProjectStatus status =
        data.status() != null
            ? data.status()
            : data.managerId() != null || !by.governsAllProjects()
                ? ProjectStatus.ACTIVE
                : ProjectStatus.PROPOSED;
    ProjectView project =
        projects.register(
            new ProjectData(
                data.code(),
                data.name(),
                data.description(),
                data.departmentId(),
                data.sponsorId(),
                data.managerId(),
                template.getCategory(),
                template.getPriority(),
                status,
                data.plannedStart(),
                data.plannedFinish(),
                data.budgetAmount(),
                data.budgetCurrency(),
                data.confidential(),
                null,
                null),
            by);
    apply(template, project, true, true, by);
    return projects.requireVisible(project.id(), by);
  }

  /**
   * Gives an existing project, just registered from a proposal, what the template holds. Its
   * lifecycle is left as governance placed it, and its budget as the business case phased it when
   * the proposal had costs ({@code withBudget} false); nothing happens when it already follows a
   * template (a redelivered event). Its own transaction: a failure undoes the template's part only,
   * and the project stays as the register made it.
   */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
  public boolean applyToProposalProject(
      long templateId, long projectId, boolean withBudget, CurrentUser by) {
    if (followers.existsById(projectId)) {
      return false;
    }
    ProjectTemplate template = library.find(templateId);
    ProjectView project = projects.requireVisible(projectId, by);
    boolean placed = !governance.currentPhases(List.of(projectId)).isEmpty();
    apply(template, project, !placed, withBudget, by);
    return true;
  }

  private void apply(
      ProjectTemplate template,
      ProjectView project,
      boolean place,
      boolean withBudget,
      CurrentUser by) {
    TemplateContent content = library.content(template);
    long projectId = project.id();
    LocalDate start = project.plannedStart();
    if (place && template.getLifecycleId() != null) {
      governance.placeNewProject(
          projectId,
          template.getTierId(),
          template.getLifecycleId(),
          content.risks().stream().map(r -> r.probability() * r.impact()).toList(),
          by);
    }
    plan(projectId, start, content.tasks(), by);
    for (TemplateContent.MilestoneItem m : content.milestones()) {
      long id =
          control.addMilestone(projectId, m.name().trim(), start.plusDays(m.offsetDays()), by).id();
      remember(projectId, ElementKind.MILESTONE, m.name(), id);
    }
    for (TemplateContent.RiskItem r : content.risks()) {
      long id =
          control
              .logRisk(
                  projectId, r.title().trim(), r.description(), r.probability(), r.impact(), by)
              .id();
      remember(projectId, ElementKind.RISK, r.title(), id);
    }
    if (content.reportingCadence() != null) {
      control.setCadence(projectId, content.reportingCadence(), by);
    }
    if (withBudget && !content.budget().isEmpty()) {
      budgets.setPlannedCosts(
          projectId, content.budget().stream().map(b -> cost(start, b)).toList(), by);
      content.budget().forEach(b -> remember(projectId, ElementKind.BUDGET, b.key(), null));
    }
    for (TemplateContent.DocumentItem d : content.documents()) {
      if (d.templateId() != null) {
        // The archive files it in this transaction: a refusal here or at a later step undoes
        // the whole project, the copied files included.
        archive.startFromTemplate(projectId, d.templateId(), d.name().trim(), null, by);
      }
    }
    raci(projectId, content, by);
    int position = 0;
    for (String check : content.checklist()) {
      ProjectItem item =
          items.save(
              new ProjectItem(projectId, ElementKind.CHECKLIST, position++, check.trim(), null));
      remember(projectId, ElementKind.CHECKLIST, check, item.getId());
    }
    for (TemplateContent.DocumentItem d : content.documents()) {
      ProjectItem item =
          items.save(
              new ProjectItem(
                  projectId, ElementKind.DOCUMENT, position++, d.name().trim(), blank(d.link())));
      remember(projectId, ElementKind.DOCUMENT, d.name(), item.getId());
    }
    followers.save(
        new TemplateProject(
            projectId, template.getId(), template.getLineageId(), by.username(), clock.instant()));
  }

  /** The template's tasks as the project's whole plan, each linked finish-to-start. */
  private void plan(
      long projectId, LocalDate start, List<TemplateContent.TaskItem> tasks, CurrentUser by) {
    if (tasks.isEmpty()) {
      return;
    }
    List<PlanImport.ImportTask> imported = new ArrayList<>();
    List<PlanImport.ImportLink> links = new ArrayList<>();
    for (TemplateContent.TaskItem t : tasks) {
      String key = TemplateContent.key(t.name());
      imported.add(new PlanImport.ImportTask(key, 1, taskData(t), null));
      for (String before : t.after()) {
        links.add(
            new PlanImport.ImportLink(
                TemplateContent.key(before), key, DependencyType.FS, 0, LagKind.WORKING));
      }
    }
    long version = planning.findPlan(projectId, by).map(p -> p.version()).orElse(0L);
    planning.replacePlan(
        projectId,
        new PlanImport(
            new PlanImport.Settings(start.atTime(DAY_START), null, null, null, null),
            null,
            imported,
            links,
            null,
            null,
            null),
        version,
        by);
    Map<String, Long> ids = new HashMap<>();
    for (TaskView task : planning.allTasks(projectId, null, by)) {
      ids.putIfAbsent(TemplateContent.key(task.name()), task.id());
    }
    tasks.forEach(
        t ->
            remember(
                projectId, ElementKind.TASK, t.name(), ids.get(TemplateContent.key(t.name()))));
  }

  static TaskData taskData(TemplateContent.TaskItem t) {
    return t.days() == 0
        ? TaskData.milestone(t.name().trim())
        : TaskData.named(t.name().trim(), t.days() * (long) DurationUnit.DAYS.minutes())
            .withDurationUnit(DurationUnit.DAYS);
  }

  static BudgetsApi.PlannedCost cost(LocalDate start, TemplateContent.BudgetItem b) {
    return new BudgetsApi.PlannedCost(
        YearMonth.from(start).plusMonths(b.month()).toString(),
        b.category(),
        b.costType(),
        b.amount());
  }

  private void raci(long projectId, TemplateContent content, CurrentUser by) {
    if (content.raci().isEmpty() || content.raciRoles().isEmpty()) {
      return;
    }
    Map<String, Long> roles = library.roleIds(by);
    List<RaciData.Column> columns =
        content.raciRoles().stream()
            .map(r -> new RaciData.Column(null, roles.get(TemplateContent.key(r))))
            .toList();
    List<RaciData.Row> rows =
        content.raci().stream()
            .map(r -> new RaciData.Row(r.activity().trim(), null, r.letters()))
            .toList();
    long version = resources.raci(projectId, by).version();
    resources.saveRaci(projectId, new RaciData(columns, rows, version), version, by);
  }

  private void remember(long projectId, ElementKind kind, String name, Long elementId) {
    elements.save(new TemplateElement(projectId, kind, TemplateContent.key(name), elementId));
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
