package org.cairnpmo.projects;

import java.util.List;

/**
 * Many projects entered the register at once (a bulk import), announced once instead of a {@link
 * ProjectRegistered} for each: a module that keeps a copy of projects reads them in bulk.
 */
public record ProjectsRegistered(List<Long> projectIds) {

  public ProjectsRegistered {
    projectIds = List.copyOf(projectIds);
  }
}
