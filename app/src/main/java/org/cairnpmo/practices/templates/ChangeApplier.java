package org.cairnpmo.practices.templates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.archive.ArchiveApi;
import org.cairnpmo.budgets.BudgetsApi;
import org.cairnpmo.control.ControlSetup;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.planning.LinkData;
import org.cairnpmo.planning.PlanningApi;
import org.cairnpmo.planning.TaskData;
import org.cairnpmo.planning.TaskView;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.projects.ProjectView;
import org.springframework.stereotype.Component;

/**
 * Applies one accepted template change to a project, through the owning module's API, and says what
 * it did. Work already done is left as it is: a started or finished task, a completed milestone, a
 * risk no longer open, a month with actual costs, a ticked checklist item or document.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ChangeApplier {

  private final TemplateElementRepository elements;
  private final ProjectItemRepository items;
  private final PlanningApi planning;
  private final ControlSetup control;
  private final BudgetsApi budgets;
  private final ArchiveApi archive;

  /** Why accepting the change would leave the project as it is, or null when it would apply. */
  String doneNote(ProjectView project, TemplateChange change, CurrentUser viewer) {
    if (change.getChangeType() == ChangeType.ADDED && change.getKind() != ElementKind.BUDGET) {
      return null;
    }
    Long id = elementId(project.id(), change);
    return switch (change.getKind()) {
      case TASK -> id == null ? null : taskDone(project.id(), id, viewer);
      case MILESTONE ->
          id == null || control.openMilestone(project.id(), id, viewer).isPresent()
              ? null
              : "The milestone is completed (or no longer in the project): it is left as it is.";
      case RISK ->
          id == null || control.openRisk(project.id(), id, viewer).isPresent()
              ? null
              : "The risk is no longer open: it is left as it is.";
      case BUDGET -> actualsNote(project, change);
      case CHECKLIST, DOCUMENT ->
          id != null
                  && change.getChangeType() == ChangeType.REMOVED
                  && items.findById(id).map(ProjectItem::done).orElse(false)
              ? "It is ticked as done: it stays."
              : null;
      case CADENCE -> null;
    };
  }

  /** Applies the change with the new version's item ({@code item} null for a removal). */
  String apply(ProjectView project, TemplateChange change, TemplateContent target, CurrentUser by) {
    String note = doneNote(project, change, by);
    if (note != null) {
      return note;
    }
    long projectId = project.id();
    Long id = elementId(projectId, change);
    String key = change.getItemKey();
    LocalDate start = project.plannedStart();
    return switch (change.getKind()) {
      case TASK ->
          task(projectId, id, find(target.tasks(), TemplateContent.TaskItem::name, key), by);
      case MILESTONE -> {
        Optional<TemplateContent.MilestoneItem> m =
            find(target.milestones(), TemplateContent.MilestoneItem::name, key);
        if (m.isEmpty()) {
          yield id != null && control.removeMilestone(projectId, id, by)
              ? "Milestone removed."
              : "The milestone was no longer in the project.";
        }
        LocalDate date = start.plusDays(m.get().offsetDays());
        if (id == null || control.openMilestone(projectId, id, by).isEmpty()) {
          remember(
              projectId,
              change,
              control.addMilestone(projectId, m.get().name().trim(), date, by).id());
          yield "Milestone added on " + date + ".";
        }
        control.changeMilestone(projectId, id, m.get().name().trim(), date, by);
        yield "Milestone moved to " + date + ".";
      }
      case RISK -> {
        Optional<TemplateContent.RiskItem> r =
            find(target.risks(), TemplateContent.RiskItem::title, key);
        if (r.isEmpty()) {
          yield id != null && control.closeRisk(projectId, id, by)
              ? "Risk closed."
              : "The risk was no longer open.";
        }
        TemplateContent.RiskItem risk = r.get();
        if (id == null || control.openRisk(projectId, id, by).isEmpty()) {
          remember(
              projectId,
              change,
              control
                  .logRisk(
                      projectId,
                      risk.title().trim(),
                      risk.description(),
                      risk.probability(),
                      risk.impact(),
                      by)
                  .id());
          yield "Risk logged.";
        }
        control.changeRisk(
            projectId,
            id,
            risk.title().trim(),
            risk.description(),
            risk.probability(),
            risk.impact(),
            by);
        yield "Risk updated.";
      }
      case BUDGET -> {
        Optional<TemplateContent.BudgetItem> b =
            find(target.budget(), TemplateContent.BudgetItem::key, key);
        if (b.isPresent()) {
          budgets.setPlannedCosts(
              projectId, List.of(TemplateInstantiation.cost(start, b.get())), by);
          remember(projectId, change, null);
          yield "Budget line set.";
        }
        String[] parts = key.split(" ");
        int month = Integer.parseInt(parts[0].substring(1));
        budgets.setPlannedCosts(
            projectId,
            List.of(
                new BudgetsApi.PlannedCost(
                    YearMonth.from(start).plusMonths(month).toString(),
                    parts[1].toUpperCase(java.util.Locale.ROOT),
                    parts[2].toUpperCase(java.util.Locale.ROOT),
                    java.math.BigDecimal.ZERO)),
            by);
        yield "Budget line removed.";
      }
      case CHECKLIST -> {
        Optional<String> c = find(target.checklist(), s -> s, key);
        yield item(projectId, change, id, c.orElse(null), null, ElementKind.CHECKLIST);
      }
      case DOCUMENT -> {
        Optional<TemplateContent.DocumentItem> d =
            find(target.documents(), TemplateContent.DocumentItem::name, key);
        String outcome =
            item(
                projectId,
                change,
                id,
                d.map(TemplateContent.DocumentItem::name).orElse(null),
                d.map(TemplateContent.DocumentItem::link).orElse(null),
                ElementKind.DOCUMENT);
        // A document added by the new version starts from its library template, as it would in
        // a project made from that version.
        if (id == null && d.isPresent() && d.get().templateId() != null) {
          archive.startFromTemplate(
              projectId, d.get().templateId(), d.get().name().trim(), null, by);
          yield outcome + " Started from the library's template in the project's documents.";
        }
        yield outcome;
      }
      case CADENCE -> {
        if (target.reportingCadence() == null) {
          yield "The project keeps its reporting cadence.";
        }
        control.setCadence(projectId, target.reportingCadence(), by);
        yield "Reporting cadence set to " + target.reportingCadence() + ".";
      }
    };
  }

  private String task(
      long projectId, Long id, Optional<TemplateContent.TaskItem> item, CurrentUser by) {
    if (item.isEmpty()) {
      if (id == null || currentTask(projectId, id, by).isEmpty()) {
        return "The task was no longer in the plan.";
      }
      planning.deleteTask(projectId, id, planning.plan(projectId, by).version(), by);
      return "Task removed from the plan.";
    }
    TemplateContent.TaskItem t = item.get();
    TaskData wanted = TemplateInstantiation.taskData(t);
    Optional<TaskView> current = id == null ? Optional.empty() : currentTask(projectId, id, by);
    long taskId;
    String result;
    if (current.isEmpty()) {
      taskId =
          planning
              .addTask(projectId, wanted, null, planning.plan(projectId, by).version(), by)
              .result()
              .id();
      elements.save(
          new TemplateElement(projectId, ElementKind.TASK, TemplateContent.key(t.name()), taskId));
      result = "Task added to the plan";
    } else {
      TaskView v = current.get();
      taskId = v.id();
      planning.editTask(
          projectId, taskId, edited(v, wanted), planning.plan(projectId, by).version(), by);
      result = "Task changed";
    }
    int linked = 0;
    List<org.cairnpmo.planning.LinkView> links = planning.links(projectId, by);
    for (String before : t.after()) {
      Long predecessor =
          elements
              .findById(
                  new TemplateElement.Key(projectId, ElementKind.TASK, TemplateContent.key(before)))
              .map(TemplateElement::getElementId)
              .orElse(null);
      if (predecessor == null
          || currentTask(projectId, predecessor, by).isEmpty()
          || links.stream()
              .anyMatch(l -> l.predecessorId() == predecessor && l.successorId() == taskId)) {
        continue;
      }
      planning.addLink(
          projectId,
          LinkData.finishToStart(predecessor, taskId),
          planning.plan(projectId, by).version(),
          by);
      linked++;
    }
    return result + (linked == 0 ? "." : ", " + linked + " link(s) added.");
  }

  /** The task as it is, with the template's duration (its other fields kept). */
  private static TaskData edited(TaskView v, TaskData wanted) {
    return new TaskData(
        v.name(),
        wanted.kind(),
        wanted.durationMinutes(),
        wanted.durationUnit(),
        v.constraintType(),
        v.constraintDate(),
        v.deadline(),
        v.manual(),
        v.manualStart(),
        v.manualFinish(),
        v.percentComplete(),
        v.actualStart(),
        v.actualFinish(),
        v.notes(),
        v.priority(),
        v.estimate(),
        v.calendarId(),
        v.keyMilestoneId());
  }

  private String item(
      long projectId, TemplateChange change, Long id, String label, String link, ElementKind kind) {
    Optional<ProjectItem> existing = id == null ? Optional.empty() : items.findById(id);
    if (label == null) {
      existing.ifPresent(items::delete);
      return existing.isPresent() ? "Removed." : "It was no longer in the project.";
    }
    if (existing.isPresent()) {
      existing.get().relink(link == null || link.isBlank() ? null : link.trim());
      return "Link changed.";
    }
    int position =
        (int) items.findByProjectIdOrderByKindAscPositionAscIdAsc(projectId).stream().count();
    ProjectItem created =
        items.save(
            new ProjectItem(
                projectId,
                kind,
                position,
                label.trim(),
                link == null || link.isBlank() ? null : link.trim()));
    remember(projectId, change, created.getId());
    return "Added.";
  }

  private String taskDone(long projectId, long id, CurrentUser viewer) {
    return currentTask(projectId, id, viewer)
        .filter(t -> t.percentComplete() > 0 || t.actualStart() != null)
        .map(
            t ->
                t.percentComplete() >= 100
                    ? "The task is finished: it is left as it is."
                    : "The task has started: it is left as it is.")
        .orElse(null);
  }

  private String actualsNote(ProjectView project, TemplateChange change) {
    int month = Integer.parseInt(change.getItemKey().split(" ")[0].substring(1));
    String period = YearMonth.from(project.plannedStart()).plusMonths(month).toString();
    return budgets.monthsWithActuals(project.id()).contains(period)
        ? "Actual costs are booked in " + period + ": the budget of that month is left as it is."
        : null;
  }

  private Optional<TaskView> currentTask(long projectId, long id, CurrentUser by) {
    try {
      return Optional.of(planning.task(projectId, id, null, by));
    } catch (NotFoundException gone) {
      return Optional.empty();
    }
  }

  private Long elementId(long projectId, TemplateChange change) {
    return elements
        .findById(new TemplateElement.Key(projectId, change.getKind(), change.getItemKey()))
        .map(TemplateElement::getElementId)
        .orElse(null);
  }

  private void remember(long projectId, TemplateChange change, Long elementId) {
    elements.save(new TemplateElement(projectId, change.getKind(), change.getItemKey(), elementId));
  }

  private static <T> Optional<T> find(
      List<T> list, java.util.function.Function<T, String> name, String key) {
    return list.stream().filter(t -> TemplateContent.key(name.apply(t)).equals(key)).findFirst();
  }
}
