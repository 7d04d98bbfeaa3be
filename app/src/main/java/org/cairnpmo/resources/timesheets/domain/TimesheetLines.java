package org.cairnpmo.resources.timesheets.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.planning.PlanningApi;
import org.cairnpmo.planning.TaskView;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.resources.RequestStatus;
import org.cairnpmo.resources.domain.PoolPerson;
import org.cairnpmo.resources.domain.ResourceRequest;
import org.springframework.stereotype.Component;

/**
 * What a line of a week may be booked on: an approved request of the person, a task of a project
 * they work on, or such a project with an activity.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TimesheetLines {

  private final TimesheetRequests requests;
  private final ProjectsApi projects;
  private final PlanningApi planning;

  /** What the caller may book hours on: their approved requests and their projects' tasks. */
  List<LineTarget> targets(PoolPerson person, CurrentUser me) {
    List<ResourceRequest> approved = approvedRequests(person);
    Set<Long> projectIds =
        approved.stream().map(ResourceRequest::getProjectId).collect(Collectors.toSet());
    Map<Long, ProjectView> visible =
        projectIds.isEmpty() ? Map.of() : projects.visibleProjects(projectIds, me);
    List<LineTarget> targets = new ArrayList<>();
    for (ResourceRequest r : approved) {
      ProjectView p = visible.get(r.getProjectId());
      if (p != null) {
        targets.add(new LineTarget(LineTarget.requestKey(r.getId()), requestLabel(p, r)));
      }
    }
    for (ProjectView p : visible.values()) {
      targets.add(
          new LineTarget(
              LineTarget.projectKey(p.id()), p.code() + " · " + p.name() + " (an activity)"));
      for (TaskView t : tasksOf(p.id(), me)) {
        if (!t.summary()) {
          targets.add(
              new LineTarget(
                  LineTarget.taskKey(p.id(), t.id()),
                  p.code() + " · task " + t.wbs() + " " + t.name()));
        }
      }
    }
    return targets;
  }

  private List<ResourceRequest> approvedRequests(PoolPerson person) {
    return requests.findByProposedPersonIdAndStatusIn(
        person.getId(), EnumSet.of(RequestStatus.APPROVED));
  }

  List<TaskView> tasksOf(long projectId, CurrentUser me) {
    try {
      return planning.allTasks(projectId, null, me);
    } catch (NotFoundException e) {
      return List.of();
    }
  }

  /** The lines with their targets found, or every line whose target is not the person's. */
  List<TimesheetLine> resolve(
      List<TimesheetRules.Checked> lines, PoolPerson person, CurrentUser me) {
    Map<Long, ResourceRequest> approved =
        approvedRequests(person).stream().collect(Collectors.toMap(ResourceRequest::getId, r -> r));
    Set<Long> requested =
        approved.values().stream().map(ResourceRequest::getProjectId).collect(Collectors.toSet());
    Map<Long, Optional<ProjectView>> seenProjects = new HashMap<>();
    Map<Long, List<TaskView>> tasks = new HashMap<>();
    List<FieldProblem> problems = new ArrayList<>();
    List<TimesheetLine> resolved = new ArrayList<>();
    for (TimesheetRules.Checked line : lines) {
      String at = "lines[" + line.index() + "]";
      String n = "Line " + (line.index() + 1) + ": ";
      if (line.requestId() != null) {
        ResourceRequest r = approved.get(line.requestId());
        if (r == null) {
          problems.add(
              new FieldProblem(
                  at + ".requestId",
                  n + "request " + line.requestId() + " is not an approved request of yours."));
        } else if (line.taskId() != null
            || (line.projectId() != null && line.projectId() != r.getProjectId())) {
          problems.add(
              new FieldProblem(at, n + "book on a request or on a task of a project, not both."));
        } else {
          resolved.add(
              TimesheetLine.of(r.getProjectId(), r.getId(), null, line.activity(), line.hours()));
        }
        continue;
      }
      long projectId = line.projectId();
      Optional<ProjectView> project =
          seenProjects.computeIfAbsent(projectId, id -> projects.visibleProject(id, me));
      if (project.isEmpty()) {
        problems.add(
            new FieldProblem(at + ".projectId", n + "there is no project " + projectId + "."));
        continue;
      }
      ProjectView p = project.get();
      boolean worksOn =
          requested.contains(projectId)
              || (p.managerId() != null && p.managerId() == me.id())
              || p.members().stream().anyMatch(m -> m.userId() == me.id());
      if (!worksOn) {
        problems.add(
            new FieldProblem(
                at + ".projectId", n + "you do not work on project " + p.code() + "."));
        continue;
      }
      if (line.taskId() != null
          && tasks.computeIfAbsent(projectId, id -> tasksOf(id, me)).stream()
              .noneMatch(t -> t.id() == line.taskId())) {
        problems.add(
            new FieldProblem(
                at + ".taskId",
                n + "project " + p.code() + " has no task " + line.taskId() + " in its plan."));
        continue;
      }
      resolved.add(TimesheetLine.of(projectId, null, line.taskId(), line.activity(), line.hours()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return resolved;
  }

  private static String requestLabel(ProjectView p, ResourceRequest r) {
    return p.code()
        + " · request "
        + r.getId()
        + " ("
        + r.getHoursPerWeek().stripTrailingZeros().toPlainString()
        + " h/week to "
        + r.getLastDay()
        + ")";
  }
}
