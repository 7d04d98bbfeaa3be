package org.cairnpmo.engine.selection;

import java.util.Objects;
import java.util.Set;

/**
 * Alternatives of which at most one may be selected (e.g. three ways to build the same system).
 *
 * @param name shown in explanations
 * @param candidateIds the alternatives
 */
public record ExclusiveGroup(String name, Set<String> candidateIds) {

  public ExclusiveGroup {
    Objects.requireNonNull(name, "name");
    candidateIds = Set.copyOf(candidateIds);
  }
}
