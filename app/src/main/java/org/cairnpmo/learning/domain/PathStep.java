package org.cairnpmo.learning.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import lombok.Getter;
import org.cairnpmo.learning.CertificationKind;
import org.cairnpmo.platform.InvalidInputException;

/**
 * One step of a learning path. What it asks depends on its kind: a course completed, a valid
 * certification of a scheme, a competency at a level, or projects managed through passed gates (at
 * a tier of {@code tierLevel} or more demanding — level 1 is the most — when named).
 */
@Embeddable
@Getter
public class PathStep {

  /** What a step asks for. */
  public enum Kind {
    COURSE,
    CERTIFICATION,
    COMPETENCY,
    MANAGED_PROJECT
  }

  @Enumerated(EnumType.STRING)
  private Kind kind;

  private String label;
  private Long courseId;

  @Enumerated(EnumType.STRING)
  private CertificationKind certification;

  private Long competencyId;
  private Integer level;
  private Integer tierLevel;
  private Integer gates;

  protected PathStep() {}

  static PathStep of(PathData.Step s) {
    PathStep step = new PathStep();
    step.kind = s.kind();
    step.label = Competency.text("steps", s.label(), 200);
    switch (s.kind()) {
      case COURSE -> step.courseId = require(s.courseId(), "Choose the course.");
      case CERTIFICATION -> step.certification = require(s.certification(), "Choose the scheme.");
      case COMPETENCY -> {
        step.competencyId = require(s.competencyId(), "Choose the competency.");
        step.level = Competency.level("steps", s.level());
      }
      case MANAGED_PROJECT -> {
        int gates = s.gates() == null ? 1 : s.gates();
        if (gates < 1 || gates > 20) {
          throw InvalidInputException.of("steps", "Ask for 1 to 20 gates passed.");
        }
        if (s.tierLevel() != null && (s.tierLevel() < 1 || s.tierLevel() > 999)) {
          throw InvalidInputException.of("steps", "Use a tier level from 1 to 999.");
        }
        step.gates = gates;
        step.tierLevel = s.tierLevel();
      }
    }
    return step;
  }

  private static <T> T require(T value, String message) {
    if (value == null) {
      throw InvalidInputException.of("steps", message);
    }
    return value;
  }
}
