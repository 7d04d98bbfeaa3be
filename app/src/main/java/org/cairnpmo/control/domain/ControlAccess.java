package org.cairnpmo.control.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.projects.MembershipRole;
import org.cairnpmo.projects.ProjectFilter;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what in project control. Reading follows the project register (a project the caller
 * may not see is "not found"); writing status reports is for the project's manager, the PMO and
 * administrators; reviewing for the PMO and administrators; logging RAID entries for the project's
 * members (manager, sponsor, team members) and the PMO and administrators; changing an entry for
 * its owner, the project's manager, the PMO and administrators. Closed and cancelled projects are
 * read-only.
 */
@Component
public record ControlAccess(ProjectsApi projects) {

  /** The system's own identity, for jobs that look at every project (reminders). */
  public static final CurrentUser SYSTEM =
      new CurrentUser(0, "system", "Cairn", Set.of(Role.ADMIN));

  /** The project if {@code viewer} may see it; "not found" otherwise. */
  public ProjectView project(long projectId, CurrentUser viewer) {
    return projects
        .visibleProject(projectId, viewer)
        .orElseThrow(() -> new NotFoundException("Project", projectId));
  }

  /** The project if {@code viewer} may see it. */
  public java.util.Optional<ProjectView> find(long projectId, CurrentUser viewer) {
    return projects.visibleProject(projectId, viewer);
  }

  /**
   * Every project {@code viewer} may see in the given statuses, of one manager if given: their ids
   * in one query, then the projects in bulk.
   */
  public Map<Long, ProjectView> visibleProjects(
      CurrentUser viewer, Set<ProjectStatus> statuses, Long managerId) {
    return visibleProjects(visibleProjectIds(viewer, statuses, managerId), viewer);
  }

  /** The ids of every project {@code viewer} may see in the given statuses, in one query. */
  public Set<Long> visibleProjectIds(CurrentUser viewer, Set<ProjectStatus> statuses) {
    return visibleProjectIds(viewer, statuses, null);
  }

  /** As {@link #visibleProjectIds(CurrentUser, Set)}, of one manager if given. */
  public Set<Long> visibleProjectIds(
      CurrentUser viewer, Set<ProjectStatus> statuses, Long managerId) {
    return projects.searchIds(
        new ProjectFilter(null, statuses, null, managerId, null, null), viewer);
  }

  /** A page of the projects {@code viewer} may see that match {@code filter}. */
  public List<ProjectView> search(ProjectFilter filter, Pageable page, CurrentUser viewer) {
    return projects.search(filter, page, viewer).getContent();
  }

  /** The projects among {@code ids} that {@code viewer} may see, by id. */
  public Map<Long, ProjectView> visibleProjects(
      java.util.Collection<Long> ids, CurrentUser viewer) {
    return projects.visibleProjects(ids, viewer);
  }

  public static boolean isManager(ProjectView project, CurrentUser user) {
    return project.managerId() != null && project.managerId() == user.id();
  }

  public static boolean mayReport(ProjectView project, CurrentUser user) {
    return user.governsAllProjects() || isManager(project, user);
  }

  public static boolean mayReview(CurrentUser user) {
    return user.governsAllProjects();
  }

  public static boolean mayLog(ProjectView project, CurrentUser user) {
    return user.governsAllProjects()
        || isManager(project, user)
        || (project.sponsorId() != null && project.sponsorId() == user.id())
        || project.members().stream()
            .anyMatch(m -> m.userId() == user.id() && m.role() != MembershipRole.STAKEHOLDER);
  }

  public static boolean mayEdit(ProjectView project, Long ownerId, CurrentUser user) {
    return user.governsAllProjects()
        || isManager(project, user)
        || (ownerId != null && ownerId == user.id());
  }

  /** PMO, executives and administrators see what is escalated across the portfolio. */
  public static boolean seesPortfolio(CurrentUser user) {
    return user.seesAllProjects();
  }

  public static boolean isOpen(ProjectView project) {
    return !project.isFinished();
  }

  /** The project, if {@code user} writes its reports (its manager or the PMO); else a 403. */
  public ProjectView reportedBy(long projectId, CurrentUser user) {
    ProjectView project = project(projectId, user);
    requireReporter(project, user);
    return project;
  }

  /** The project, if {@code user} plans its milestones (its manager or the PMO); else a 403. */
  public ProjectView plannedBy(long projectId, CurrentUser user) {
    ProjectView project = project(projectId, user);
    if (!mayReport(project, user)) {
      throw new AccessDeniedException(
          "Only the project's manager or the PMO plan and change its milestones");
    }
    return project;
  }

  /**
   * The project, if {@code user} logs entries in its RAID log (a member or the PMO); else a 403.
   */
  public ProjectView loggedBy(long projectId, CurrentUser user) {
    ProjectView project = project(projectId, user);
    requireLogger(project, user);
    return project;
  }

  /** Refuses anyone but the PMO and administrators, who review status reports, with a 403. */
  public static void requireReviewer(CurrentUser user) {
    if (!mayReview(user)) {
      throw new AccessDeniedException("Only the PMO and administrators review status reports");
    }
  }

  /** As {@link #reportedBy}, for a change: refused too once the project is finished. */
  ProjectView openForReports(long projectId, CurrentUser user) {
    ProjectView project = reportedBy(projectId, user);
    requireOpen(project);
    return project;
  }

  static void requireReporter(ProjectView project, CurrentUser user) {
    if (!mayReport(project, user)) {
      throw new AccessDeniedException("Only the project's manager or the PMO write its reports");
    }
  }

  static void requireLogger(ProjectView project, CurrentUser user) {
    if (!mayLog(project, user)) {
      throw new AccessDeniedException("Only the project's members or the PMO log RAID entries");
    }
  }

  static void requireEditor(ProjectView project, Long ownerId, CurrentUser user) {
    if (!mayEdit(project, ownerId, user)) {
      throw new AccessDeniedException(
          "Only the entry's owner, the project's manager or the PMO change it");
    }
  }

  static void requireOpen(ProjectView project) {
    project.requirePlanningOpen();
  }
}
