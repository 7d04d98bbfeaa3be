package org.cairnpmo.planning.domain;

import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.projects.ProjectAccess;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read and change a plan: whoever sees the project reads it (a project the caller may not
 * see is "not found"); its manager, the PMO and administrators change it while the project is open
 * (anyone else who sees it gets "forbidden", a finished project 409).
 */
@Component
record PlanAccess(ProjectsApi projects) {

  /** The project if {@code viewer} may see it; "not found" otherwise. */
  public ProjectView visible(long projectId, CurrentUser viewer) {
    return projects
        .visibleProject(projectId, viewer)
        .orElseThrow(() -> new NotFoundException("Project", projectId));
  }

  /** The project if {@code editor} may change its plan now. */
  public ProjectView editable(long projectId, CurrentUser editor) {
    ProjectView project = visible(projectId, editor);
    if (!ProjectAccess.canEdit(editor, project.managerId())) {
      throw new AccessDeniedException("Only the project's manager or the PMO change its plan");
    }
    project.requirePlanningOpen();
    return project;
  }

  /**
   * The project if {@code leveler} may apply leveling to its plan now: whoever may change the plan,
   * and resource managers, who level the people that projects share.
   */
  public ProjectView levelable(long projectId, CurrentUser leveler) {
    ProjectView project = visible(projectId, leveler);
    if (!ProjectAccess.canEdit(leveler, project.managerId())
        && !leveler.hasAnyRole(Role.RESOURCE_MANAGER)) {
      throw new AccessDeniedException(
          "Only the project's manager, resource managers or the PMO level its plan");
    }
    project.requirePlanningOpen();
    return project;
  }

  /** Whether {@code user} may change the project's plan now. */
  public static boolean mayEdit(ProjectView project, CurrentUser user) {
    return ProjectAccess.canEdit(user, project.managerId()) && !project.isFinished();
  }
}
