package org.cairnpmo.projects;

import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;

/**
 * Who may see and change a project. Anyone not allowed to see a project gets "not found", so that
 * confidential projects do not even reveal that they exist.
 */
public final class ProjectAccess {

  private ProjectAccess() {}

  public static boolean canView(CurrentUser user, boolean confidential, boolean member) {
    return user.seesAllProjects() || !confidential || member;
  }

  public static boolean canEdit(CurrentUser user, Long managerId) {
    return user.governsAllProjects() || (managerId != null && managerId == user.id());
  }

  public static boolean canRegister(CurrentUser user) {
    return user.hasAnyRole(Role.ADMIN, Role.PMO, Role.PROJECT_MANAGER);
  }
}
