package org.cairnpmo.projects.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.history.ProjectGuard;
import org.springframework.stereotype.Component;

/** The history of a project's records is seen by whoever sees the project. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ProjectHistoryGuard implements ProjectGuard {

  private final ProjectService projects;
  private final IdentityApi identity;

  @Override
  public void requireVisible(long projectId) {
    if (projects.find(projectId, identity.requireCurrentUser()).isEmpty()) {
      throw new NotFoundException("Project", projectId);
    }
  }
}
