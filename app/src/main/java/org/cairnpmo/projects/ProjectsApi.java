package org.cairnpmo.projects;

import java.util.Optional;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.projects.domain.ProjectService;
import org.springframework.stereotype.Service;

/** What other modules may ask of the project register. */
@Service
public class ProjectsApi {

  private final ProjectService projects;

  ProjectsApi(ProjectService projects) {
    this.projects = projects;
  }

  /** The project if {@code viewer} may see it; empty otherwise (or if it does not exist). */
  public Optional<ProjectView> visibleProject(long id, CurrentUser viewer) {
    try {
      return Optional.of(projects.get(id, viewer));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  public ProjectView register(ProjectData data, CurrentUser author) {
    return projects.register(data, author);
  }
}
