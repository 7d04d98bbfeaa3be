package org.cairnpmo.projects;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.projects.domain.ProjectService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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
    return projects.find(id, viewer);
  }

  /**
   * The projects among {@code ids} that {@code viewer} may see, by id (unknown ids are left out).
   * One look-up per project.
   */
  public Map<Long, ProjectView> visibleProjects(Collection<Long> ids, CurrentUser viewer) {
    Map<Long, ProjectView> visible = new LinkedHashMap<>();
    for (Long id : ids) {
      if (id != null && !visible.containsKey(id)) {
        visibleProject(id, viewer).ifPresent(p -> visible.put(id, p));
      }
    }
    return visible;
  }

  /** The register's search, as {@code viewer} may see it. */
  public Page<ProjectView> search(ProjectFilter filter, Pageable pageable, CurrentUser viewer) {
    return projects.search(filter, pageable, viewer);
  }

  /**
   * Cancels a project on behalf of another capability ({@code actor}, e.g. "governance" after a
   * KILL decision at a gate), along the allowed transition and with history entries. Returns false,
   * changing nothing, if the project is already cancelled or closed.
   */
  public boolean cancelBySystem(long projectId, String actor, String reason) {
    return projects.cancelBySystem(projectId, actor, reason);
  }

  public ProjectView register(ProjectData data, CurrentUser author) {
    return projects.register(data, author);
  }

  /**
   * Changes a project (status included, along the allowed transitions) on behalf of {@code editor};
   * {@code expectedVersion} is the version that was read. Every changed field enters the history.
   */
  public ProjectView revise(long id, ProjectData data, long expectedVersion, CurrentUser editor) {
    return projects.revise(id, data, expectedVersion, editor);
  }
}
