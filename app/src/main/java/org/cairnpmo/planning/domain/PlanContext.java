package org.cairnpmo.planning.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.projects.ProjectView;

/**
 * One change to a plan while it is made: the project, the plan, who changes it and when, and the
 * plan's tasks and links, read once and shared by the change and the scheduling run after it.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class PlanContext {

  private final PlanStore store;
  private final ProjectView project;
  private final Plan plan;
  private final CurrentUser editor;
  private final Instant now;
  private List<PlanTask> tasks;
  private List<PlanLink> links;
  private CalendarBook calendars;

  ProjectView project() {
    return project;
  }

  Plan plan() {
    return plan;
  }

  long planId() {
    return plan.getId();
  }

  CurrentUser editor() {
    return editor;
  }

  String by() {
    return editor.username();
  }

  Instant now() {
    return now;
  }

  PlanStore store() {
    return store;
  }

  /** The plan's tasks in outline order, as they are being changed. */
  List<PlanTask> tasks() {
    if (tasks == null) {
      tasks = new ArrayList<>(store.tasks().findByPlanIdOrderByOutlineIndexAsc(planId()));
    }
    return tasks;
  }

  Outline outline() {
    return new Outline(tasks());
  }

  /** A task of this plan; one of another plan or none is "not found". */
  PlanTask task(long taskId) {
    return tasks().stream()
        .filter(t -> t.getId() == taskId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Task", taskId));
  }

  /**
   * The task a field of the input names; one of another plan or none is a problem of that field.
   */
  PlanTask taskNamed(String field, Long taskId) {
    return tasks().stream()
        .filter(t -> taskId != null && t.getId() == taskId.longValue())
        .findFirst()
        .orElseThrow(
            () -> InvalidInputException.of(field, "This plan has no task " + taskId + "."));
  }

  /** Saves a new task (so that it has an id) and takes it into the outline's list. */
  PlanTask add(PlanTask task) {
    List<PlanTask> current = tasks();
    PlanTask saved = store.tasks().save(task);
    current.add(saved);
    return saved;
  }

  List<PlanLink> links() {
    if (links == null) {
      links = new ArrayList<>(store.links().findByPlanIdOrderByIdAsc(planId()));
    }
    return links;
  }

  PlanLink add(PlanLink link) {
    List<PlanLink> current = links();
    PlanLink saved = store.links().save(link);
    current.add(saved);
    return saved;
  }

  void remove(PlanLink link) {
    links().remove(link);
    store.links().delete(link);
  }

  CalendarBook calendars() {
    if (calendars == null) {
      calendars = store.calendarBook(planId());
    }
    return calendars;
  }

  /** Forgets the calendars read so far, after one of them changed. */
  void calendarsChanged() {
    calendars = null;
  }
}
