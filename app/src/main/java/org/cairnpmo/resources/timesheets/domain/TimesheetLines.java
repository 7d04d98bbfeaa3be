package org.cairnpmo.resources.timesheets.domain;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import org.cairnpmo.projects.MembershipRole;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.resources.Absence;
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
    Set<Long> requested =
        approved.stream().map(ResourceRequest::getProjectId).collect(Collectors.toSet());
    Map<Long, ProjectView> worked = new LinkedHashMap<>();
    if (!requested.isEmpty()) {
      worked.putAll(projects.visibleProjects(requested, me));
    }
    projects.projectsInvolving(me).stream()
        .filter(p -> worksOn(p, requested, me))
        .forEach(p -> worked.putIfAbsent(p.id(), p));
    List<LineTarget> targets = new ArrayList<>();
    for (ResourceRequest r : approved) {
      ProjectView p = worked.get(r.getProjectId());
      if (p != null) {
        targets.add(new LineTarget(LineTarget.requestKey(r.getId()), requestLabel(p, r)));
      }
    }
    for (ProjectView p : worked.values()) {
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

  /**
   * The one rule of what a person works on, for what the page offers and what a save accepts: a
   * project with an approved request of theirs, one they manage, or one whose team they are on (a
   * sponsor or a stakeholder does not book hours on the project for that alone).
   */
  static boolean worksOn(ProjectView p, Set<Long> requestedProjects, CurrentUser me) {
    return requestedProjects.contains(p.id())
        || (p.managerId() != null && p.managerId() == me.id())
        || p.members().stream()
            .anyMatch(m -> m.userId() == me.id() && m.role() == MembershipRole.TEAM_MEMBER);
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

  /**
   * The lines with their targets found; or every line whose target is not the person's, whose hours
   * on a request fall outside the request's period, and every day of an absence with hours.
   */
  List<TimesheetLine> resolve(
      List<TimesheetRules.Checked> lines, LocalDate week, PoolPerson person, CurrentUser me) {
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
        } else if (frozenBefore(
            seenProjects.computeIfAbsent(r.getProjectId(), id -> projects.visibleProject(id, me)),
            week)) {
          problems.add(new FieldProblem(at + ".requestId", n + closedMessage(seenProjects, r)));
        } else {
          outsidePeriod(line, week, r).ifPresent(problems::add);
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
      if (frozenBefore(project, week)) {
        problems.add(new FieldProblem(at + ".projectId", n + p.frozenMessage()));
        continue;
      }
      if (!worksOn(p, requested, me)) {
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
    problems.addAll(onAbsences(lines, week, person));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return resolved;
  }

  /**
   * Whether the project was closed before the week ends: a frozen project takes no hours of a week
   * after it closed (weeks before keep theirs, as the person's own record).
   */
  private static boolean frozenBefore(Optional<ProjectView> project, LocalDate week) {
    return project
        .filter(ProjectView::isFrozen)
        .map(p -> p.finishedOn() == null || p.finishedOn().isBefore(week.plusDays(6)))
        .orElse(false);
  }

  private static String closedMessage(
      Map<Long, Optional<ProjectView>> seen, ResourceRequest request) {
    return seen.get(request.getProjectId()).map(ProjectView::frozenMessage).orElse("");
  }

  /** The first day with hours on {@code r} outside its period, as a problem of the line. */
  private static Optional<FieldProblem> outsidePeriod(
      TimesheetRules.Checked line, LocalDate week, ResourceRequest r) {
    for (int d = 0; d < 7; d++) {
      LocalDate day = week.plusDays(d);
      if (line.hours().get(d).signum() > 0
          && (day.isBefore(r.getFirstDay()) || day.isAfter(r.getLastDay()))) {
        return Optional.of(
            new FieldProblem(
                "lines[" + line.index() + "].hours",
                "Line "
                    + (line.index() + 1)
                    + ", "
                    + dayName(day)
                    + ": request "
                    + r.getId()
                    + " runs from "
                    + r.getFirstDay()
                    + " to "
                    + r.getLastDay()
                    + "; no hours can be booked on it outside that period."));
      }
    }
    return Optional.empty();
  }

  /** Each day of the person's absences that has hours, named once at its first line with hours. */
  private static List<FieldProblem> onAbsences(
      List<TimesheetRules.Checked> lines, LocalDate week, PoolPerson person) {
    List<FieldProblem> problems = new ArrayList<>();
    for (int d = 0; d < 7; d++) {
      LocalDate day = week.plusDays(d);
      Optional<Absence> absence = person.absenceOn(day);
      if (absence.isEmpty()) {
        continue;
      }
      int d0 = d;
      lines.stream()
          .filter(l -> l.hours().get(d0).signum() > 0)
          .findFirst()
          .ifPresent(
              l ->
                  problems.add(
                      new FieldProblem(
                          "lines[" + l.index() + "].hours",
                          dayName(day)
                              + " is an absence of yours"
                              + (absence.get().reason() == null
                                  ? ""
                                  : " (" + absence.get().reason() + ")")
                              + ": book no hours on it, or ask a resource manager to change the"
                              + " absence.")));
    }
    return problems;
  }

  private static String dayName(LocalDate day) {
    return day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day;
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
