package org.cairnpmo.projects;

import java.util.Set;

/** Search and filter criteria for the register; every part is optional. */
public record ProjectFilter(
    String query,
    Set<ProjectStatus> statuses,
    Long departmentId,
    Long managerId,
    ProjectCategory category,
    Priority priority) {

  public static ProjectFilter none() {
    return new ProjectFilter(null, Set.of(), null, null, null, null);
  }

  public Set<ProjectStatus> statusesOrEmpty() {
    return statuses == null ? Set.of() : statuses;
  }
}
