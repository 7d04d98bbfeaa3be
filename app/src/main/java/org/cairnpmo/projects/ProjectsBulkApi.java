package org.cairnpmo.projects;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.projects.domain.ProjectService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * The register read in bulk for read models kept by other modules (the portfolio dashboard). These
 * calls check no visibility: the caller stores the confidential flag and applies {@link
 * ProjectAccess} itself when it answers a person.
 */
@Service
public class ProjectsBulkApi {

  /** Reads every project; never used to change anything. */
  private static final CurrentUser READER =
      new CurrentUser(0, ProjectService.SYSTEM_AUTHOR, "System", Set.of(Role.ADMIN));

  private final ProjectService projects;

  ProjectsBulkApi(ProjectService projects) {
    this.projects = projects;
  }

  /** One page of every project in the register, by code (size 1 to 200). */
  public Page<ProjectView> everyProject(int page, int size) {
    return projects.search(
        ProjectFilter.none(), PageRequest.of(page, size, Sort.by("code")), READER);
  }

  /** The project, whoever may see it; empty if it does not exist. */
  public Optional<ProjectView> project(long id) {
    return projects.find(id, READER);
  }

  /**
   * The confidential projects {@code user} manages, sponsors or belongs to: with the projects that
   * are not confidential, exactly what they may see.
   */
  public Set<Long> confidentialProjectsOf(CurrentUser user) {
    Set<Long> ids = new LinkedHashSet<>();
    int page = 0;
    Page<ProjectView> found;
    do {
      found = projects.involving(user, Set.of(), page++, ProjectService.MAX_PAGE_SIZE);
      found.getContent().stream().filter(ProjectView::confidential).forEach(p -> ids.add(p.id()));
    } while (found.hasNext());
    return ids;
  }
}
