package org.cairnpmo.projects;

import java.util.List;

/**
 * Many projects entered the register at once (a bulk import), announced in groups of at most
 * {@value #MAX_IDS} instead of a {@link ProjectRegistered} for each: a module that keeps a copy of
 * projects reads them in bulk. (The event publication log keeps an event in 4,000 characters.)
 */
public record ProjectsRegistered(List<Long> projectIds) {

  public static final int MAX_IDS = 100;

  public ProjectsRegistered {
    projectIds = List.copyOf(projectIds);
  }
}
