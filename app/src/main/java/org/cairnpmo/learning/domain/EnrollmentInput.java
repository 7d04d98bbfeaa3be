package org.cairnpmo.learning.domain;

import java.math.BigDecimal;
import org.cairnpmo.platform.InputRules;
import org.cairnpmo.platform.InvalidInputException;

/** What an enrollment's changes take as typed: a score and hours, a reason. */
final class EnrollmentInput {

  private static final int MAX_REASON = 1000;
  private static final BigDecimal MAX_SCORE = new BigDecimal("100");

  private EnrollmentInput() {}

  /** A score from 0 to 100 and hours above 0, two decimals each; none is fine. */
  static void requireResult(BigDecimal score, BigDecimal hours) {
    if (score != null && (score.signum() < 0 || score.compareTo(MAX_SCORE) > 0)) {
      throw InvalidInputException.of("score", "A score from 0 to 100.");
    }
    if (score != null && score.scale() > 2) {
      throw InvalidInputException.of("score", "At most two decimals.");
    }
    if (hours != null
        && (hours.signum() <= 0
            || hours.compareTo(new BigDecimal("9999")) > 0
            || hours.scale() > 2)) {
      throw InvalidInputException.of("hours", "Hours above 0 and at most 9999, two decimals.");
    }
  }

  /** A reason as given, stripped; refused when too long or with control characters. */
  static String reason(String reason, String field) {
    String why = reason == null ? null : reason.strip();
    if (why != null && why.length() > MAX_REASON) {
      throw InvalidInputException.of(field, "At most " + MAX_REASON + " characters.");
    }
    if (why != null && InputRules.hasControlCharacter(why.replaceAll("[\r\n\t]", ""))) {
      throw InvalidInputException.of(field, InputRules.CONTROL_CHARACTER_MESSAGE);
    }
    return why;
  }
}
