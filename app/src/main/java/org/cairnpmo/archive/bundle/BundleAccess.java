package org.cairnpmo.archive.bundle;

import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who handles bundles and retention: the PMO and administrators only. A bundle holds every record
 * of a project (confidential ones too) with its whole history, so it is exported, stored and
 * imported by those who govern every project; a project's manager reads the same records in Cairn's
 * pages and asks the PMO for the bundle.
 */
public final class BundleAccess {

  private BundleAccess() {}

  public static void requireArchivist(CurrentUser user) {
    if (!user.governsAllProjects()) {
      throw new AccessDeniedException(
          "Only the PMO and administrators export, store and import archive bundles and keep"
              + " retention");
    }
  }

  /**
   * The closed project whose bundle {@code user} asks for: 404 if they may not see it, 403 if they
   * may see but not archive it, 409 while it is not closed.
   */
  static ProjectView closedProject(ProjectsApi projects, long id, CurrentUser user) {
    ProjectView project = projects.requireVisible(id, user);
    requireArchivist(user);
    if (project.status() != ProjectStatus.CLOSED) {
      throw new BusinessRuleException(
          "project-not-closed",
          "Project "
              + project.code()
              + " is "
              + project.status().label().toLowerCase(java.util.Locale.ROOT)
              + ": close the project first; only a closed project is archived as a bundle.");
    }
    return project;
  }
}
