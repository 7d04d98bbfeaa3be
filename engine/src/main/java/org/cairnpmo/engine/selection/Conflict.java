package org.cairnpmo.engine.selection;

import java.util.List;

/**
 * One reason why no selection satisfies all rules.
 *
 * @param kind which rules collide
 * @param message a sentence for people, naming the projects and the limit
 * @param candidateIds the projects involved
 */
public record Conflict(Kind kind, String message, List<String> candidateIds) {

  /** Which rules collide. */
  public enum Kind {
    /** A project is both must-include and must-exclude. */
    INCLUDED_AND_EXCLUDED,
    /** A must-include project needs (perhaps indirectly) a must-exclude project. */
    PREREQUISITE_EXCLUDED,
    /** Two projects required by must-includes are alternatives of one exclusive group. */
    EXCLUSIVE_GROUP,
    /** The required projects alone exceed a capacity. */
    CAPACITY
  }

  public Conflict {
    candidateIds = List.copyOf(candidateIds);
  }
}
