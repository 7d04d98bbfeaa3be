package org.cairnpmo.engine.selection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the selector needs: candidates, limits and rules. Validated on construction so that
 * solvers can trust every id it mentions.
 *
 * @param candidates the projects to choose from; ids unique
 * @param dimensions the limited resources; names unique; usage in a dimension not listed here is
 *     rejected so that a typo cannot silently lift a limit
 * @param mustInclude ids that must be selected
 * @param mustExclude ids that must not be selected
 * @param exclusiveGroups sets of alternatives, at most one of each
 * @param prerequisites dependent only if required
 */
public record SelectionProblem(
    List<Candidate> candidates,
    List<Dimension> dimensions,
    Set<String> mustInclude,
    Set<String> mustExclude,
    List<ExclusiveGroup> exclusiveGroups,
    List<Prerequisite> prerequisites) {

  public SelectionProblem {
    candidates = List.copyOf(candidates);
    dimensions = List.copyOf(dimensions);
    mustInclude = Set.copyOf(mustInclude);
    mustExclude = Set.copyOf(mustExclude);
    exclusiveGroups = List.copyOf(exclusiveGroups);
    prerequisites = List.copyOf(prerequisites);
    Set<String> ids = new HashSet<>();
    for (Candidate c : candidates) {
      if (!ids.add(c.id())) {
        throw new IllegalArgumentException("duplicate candidate id " + c.id());
      }
    }
    Set<String> names = new HashSet<>();
    for (Dimension d : dimensions) {
      if (!names.add(d.name())) {
        throw new IllegalArgumentException("duplicate dimension " + d.name());
      }
    }
    for (Candidate c : candidates) {
      for (String dimension : c.usage().keySet()) {
        if (!names.contains(dimension)) {
          throw new IllegalArgumentException(
              "candidate " + c.id() + " uses unknown dimension " + dimension);
        }
      }
    }
    requireKnown(ids, mustInclude, "must-include");
    requireKnown(ids, mustExclude, "must-exclude");
    for (ExclusiveGroup g : exclusiveGroups) {
      requireKnown(ids, g.candidateIds(), "exclusive group " + g.name());
    }
    for (Prerequisite p : prerequisites) {
      requireKnown(ids, List.of(p.dependentId(), p.requiredId()), "prerequisite");
    }
  }

  /** A plain multi-dimensional knapsack: no side rules. */
  public static SelectionProblem of(List<Candidate> candidates, List<Dimension> dimensions) {
    return new SelectionProblem(candidates, dimensions, Set.of(), Set.of(), List.of(), List.of());
  }

  /** The same problem with one dimension's capacity replaced (used for the frontier). */
  public SelectionProblem withCapacity(String dimension, double capacity) {
    List<Dimension> changed = new ArrayList<>(dimensions.size());
    boolean found = false;
    for (Dimension d : dimensions) {
      if (d.name().equals(dimension)) {
        changed.add(new Dimension(d.name(), capacity));
        found = true;
      } else {
        changed.add(d);
      }
    }
    if (!found) {
      throw new IllegalArgumentException("unknown dimension " + dimension);
    }
    return new SelectionProblem(
        candidates, changed, mustInclude, mustExclude, exclusiveGroups, prerequisites);
  }

  private static void requireKnown(Set<String> ids, Iterable<String> used, String where) {
    for (String id : used) {
      if (!ids.contains(id)) {
        throw new IllegalArgumentException(where + " names unknown candidate " + id);
      }
    }
  }
}
