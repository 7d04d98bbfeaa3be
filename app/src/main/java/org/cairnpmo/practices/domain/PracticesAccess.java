package org.cairnpmo.practices.domain;

import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.projects.MembershipRole;
import org.cairnpmo.projects.ProjectView;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what in practices. Everyone signed in reads the methodology library; the PMO and
 * administrators write it. A lesson is seen by whoever sees its project, and by nobody else: a
 * lesson of a project the caller may not see is "not found", in lists and counts too. Anyone on a
 * project (its manager, sponsor, team members) records its lessons, and so do the PMO and
 * administrators; whoever recorded a lesson, the project's manager and the PMO change it; only the
 * PMO and administrators curate (review, adopt, merge).
 */
public final class PracticesAccess {

  private PracticesAccess() {}

  public static boolean mayWriteMethods(CurrentUser user) {
    return user.governsAllProjects();
  }

  public static void requireMethodWriter(CurrentUser user) {
    if (!mayWriteMethods(user)) {
      throw new AccessDeniedException("Only the PMO and administrators write the methods");
    }
  }

  /** The PMO and administrators define the KPIs and take their snapshots; everyone reads them. */
  public static boolean mayWriteKpis(CurrentUser user) {
    return user.governsAllProjects();
  }

  public static void requireKpiWriter(CurrentUser user) {
    if (!mayWriteKpis(user)) {
      throw new AccessDeniedException("Only the PMO and administrators define the KPIs");
    }
  }

  public static boolean mayCurate(CurrentUser user) {
    return user.governsAllProjects();
  }

  public static void requireCurator(CurrentUser user) {
    if (!mayCurate(user)) {
      throw new AccessDeniedException("Only the PMO and administrators curate lessons learned");
    }
  }

  /** The project's people (not its stakeholders), the PMO and administrators. */
  public static boolean mayRecord(ProjectView project, CurrentUser user) {
    return user.governsAllProjects()
        || (project.managerId() != null && project.managerId() == user.id())
        || (project.sponsorId() != null && project.sponsorId() == user.id())
        || project.members().stream()
            .anyMatch(m -> m.userId() == user.id() && m.role() != MembershipRole.STAKEHOLDER);
  }

  static void requireRecorder(ProjectView project, CurrentUser user) {
    if (!mayRecord(project, user)) {
      throw new AccessDeniedException(
          "Only the people on the project and the PMO record its lessons");
    }
  }

  /** Whoever recorded the lesson (while still on the project), the project's manager, the PMO. */
  public static boolean mayEdit(ProjectView project, String recordedBy, CurrentUser user) {
    return user.governsAllProjects()
        || (project.managerId() != null && project.managerId() == user.id())
        || (user.username().equals(recordedBy) && mayRecord(project, user));
  }
}
