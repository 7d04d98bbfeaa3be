package org.cairnpmo.platform.audit;

import java.time.LocalDate;
import org.cairnpmo.platform.InputRules;
import org.cairnpmo.platform.InvalidInputException;

/**
 * Which audit entries to list: by whom (a username, exact, any case), of which kind, from and to
 * which day (UTC, both included). Null means any.
 */
public record AuditFilter(String actor, AuditKind kind, LocalDate from, LocalDate to) {

  public AuditFilter {
    actor = actor == null || actor.isBlank() ? null : actor.strip();
    if (actor != null && (actor.length() > 60 || actor.chars().anyMatch(Character::isISOControl))) {
      throw InvalidInputException.of("actor", "Name one username of at most 60 characters.");
    }
    if (!InputRules.isSaneDate(from)) {
      throw InvalidInputException.of("from", InputRules.DATE_RANGE_MESSAGE);
    }
    if (!InputRules.isSaneDate(to)) {
      throw InvalidInputException.of("to", InputRules.DATE_RANGE_MESSAGE);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw InvalidInputException.of("to", "The last day cannot come before the first.");
    }
  }

  public static AuditFilter any() {
    return new AuditFilter(null, null, null, null);
  }
}
