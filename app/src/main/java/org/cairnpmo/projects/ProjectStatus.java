package org.cairnpmo.projects;

import java.util.EnumSet;
import java.util.Set;
import org.cairnpmo.platform.Labelled;

/**
 * Where a project is in its life. Closed and cancelled projects are final: they are never deleted,
 * and nobody moves them on by editing them, so their history stays trustworthy. A closed project is
 * frozen (every module refuses changes to it); only the PMO reopens it, through its closure, with a
 * reason its history keeps ({@link ProjectsApi#reopenBySystem}).
 */
public enum ProjectStatus implements Labelled {
  PROPOSED,
  ACTIVE,
  ON_HOLD,
  CLOSED,
  CANCELLED;

  /** The projects not finished yet: proposed, under way or on hold. */
  public static Set<ProjectStatus> unfinished() {
    return EnumSet.of(PROPOSED, ACTIVE, ON_HOLD);
  }

  public Set<ProjectStatus> next() {
    return switch (this) {
      case PROPOSED -> EnumSet.of(ACTIVE, ON_HOLD, CANCELLED);
      case ACTIVE -> EnumSet.of(ON_HOLD, CLOSED, CANCELLED);
      case ON_HOLD -> EnumSet.of(ACTIVE, CANCELLED);
      case CLOSED, CANCELLED -> EnumSet.noneOf(ProjectStatus.class);
    };
  }

  public boolean canMoveTo(ProjectStatus target) {
    return target == this || next().contains(target);
  }

  public boolean isFinal() {
    return next().isEmpty();
  }

  /** A project is registered either as a proposal or as already running work. */
  public boolean isInitial() {
    return this == PROPOSED || this == ACTIVE;
  }
}
