package org.cairnpmo.resources;

import org.cairnpmo.learning.CertificationKind;
import org.cairnpmo.platform.InputRules;
import org.cairnpmo.platform.InvalidInputException;

/**
 * What those who staff may ask of people's learning records: a competency of learning's framework
 * at a least level ({@code competencyLevel}, 1 when absent) and/or a valid certification of a
 * scheme. Every part is optional; none asks nothing.
 */
public record LearningAsk(
    String competency, Integer competencyLevel, CertificationKind certification) {

  public static final LearningAsk NONE = new LearningAsk(null, null, null);

  private static final int MAX_NAME = 200;

  public LearningAsk {
    competency = competency == null || competency.isBlank() ? null : competency.strip();
  }

  /** Whether anything is asked: a competency or a certification. */
  public boolean asks() {
    return competency != null || certification != null;
  }

  /** The least level of the competency asked. */
  public int least() {
    return competencyLevel == null ? 1 : competencyLevel;
  }

  /**
   * The ask as given, checked.
   *
   * @throws InvalidInputException for a level outside 1–5 or a name too long or with control
   *     characters
   */
  public LearningAsk checked() {
    if (competencyLevel != null && (competencyLevel < 1 || competencyLevel > 5)) {
      throw InvalidInputException.of("competencyLevel", "Use a level from 1 to 5.");
    }
    if (competency != null
        && (competency.length() > MAX_NAME || InputRules.hasControlCharacter(competency))) {
      throw InvalidInputException.of(
          "competency", "Name a competency in at most " + MAX_NAME + " plain characters.");
    }
    return this;
  }
}
