package org.cairnpmo.platform.history;

import java.util.Map;
import java.util.Set;

/**
 * Who may see the history of a module's kinds of record, declared by the module as a bean: for a
 * kind that belongs to a project, the JPQL that selects the project's id from the record's (named
 * parameter {@code id}), so that whoever sees the project sees its records' history; and the kinds
 * every signed-in person may see (a course of the catalog). Kinds that need a rule of their own
 * implement {@link HistoryAccess}.
 */
public record HistoryRules(Map<String, String> projectOf, Set<String> everyone) {

  public HistoryRules {
    projectOf = Map.copyOf(projectOf);
    everyone = Set.copyOf(everyone);
  }

  public static HistoryRules ofProjects(Map<String, String> projectOf) {
    return new HistoryRules(projectOf, Set.of());
  }

  public static HistoryRules forEveryone(String... kinds) {
    return new HistoryRules(Map.of(), Set.of(kinds));
  }
}
