package org.cairnpmo.learning.domain;

import java.util.List;
import org.cairnpmo.learning.CertificationKind;
import org.cairnpmo.platform.Versioned;

/** The records learning paths read. */
public final class PathViews {

  private PathViews() {}

  /** A step as written, with the names of what it points at. */
  public record StepView(
      int position,
      PathStep.Kind kind,
      String label,
      Long courseId,
      String courseTitle,
      CertificationKind certification,
      Long competencyId,
      String competency,
      Integer level,
      Integer tierLevel,
      Integer gates) {}

  public record PathView(
      long id, String name, String role, String description, List<StepView> steps, long version)
      implements Versioned.Entry {}

  /** Whether one person meets one step. */
  public record StepProgress(int position, PathStep.Kind kind, String label, boolean done) {}

  /**
   * One person's progress along a path: each step, how many are done, and the next step (the first
   * in order not done; null when the path is complete).
   */
  public record PathProgress(
      long pathId,
      String path,
      String role,
      long userId,
      String personName,
      List<StepProgress> steps,
      int done,
      int total,
      StepProgress next) {}
}
