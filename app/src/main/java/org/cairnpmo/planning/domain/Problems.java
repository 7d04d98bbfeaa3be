package org.cairnpmo.planning.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.cairnpmo.platform.InputRules;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;

/**
 * The problems found in one piece of input, each under its field (with a prefix such as {@code
 * tasks[3].} for a part of an imported plan); {@link #throwIfAny} refuses the input with all of
 * them at once.
 */
final class Problems {

  private final String prefix;
  private final List<FieldProblem> found;

  Problems() {
    this("", new ArrayList<>());
  }

  private Problems(String prefix, List<FieldProblem> found) {
    this.prefix = prefix;
    this.found = found;
  }

  /** The same list, for the fields of a part: {@code under("tasks[3]")}. */
  Problems under(String part) {
    return new Problems(prefix + part + ".", found);
  }

  /**
   * Checks every entry of a list under its place in it ({@code tasks[3].name}): an entry that is
   * null is one problem of {@code field}, {@code missing}, and is not checked further.
   */
  <T> void each(
      String list, List<T> entries, String field, String missing, BiConsumer<T, Problems> check) {
    each(list, entries, entry -> true, field, missing, check);
  }

  /** The same, where an entry is missing too when it is not {@code complete} (has no data). */
  <T> void each(
      String list,
      List<T> entries,
      Predicate<T> complete,
      String field,
      String missing,
      BiConsumer<T, Problems> check) {
    for (int i = 0; i < entries.size(); i++) {
      T entry = entries.get(i);
      Problems part = under(list + "[" + i + "]");
      if (entry == null || !complete.test(entry)) {
        part.add(field, missing);
      } else {
        check.accept(entry, part);
      }
    }
  }

  void add(String field, String message) {
    found.add(new FieldProblem(prefix + field, message));
  }

  void require(boolean ok, String field, String message) {
    if (!ok) {
      add(field, message);
    }
  }

  /** A moment in 1900-01-01 to 2200-12-31, or none. */
  void moment(String field, LocalDateTime value) {
    if (value != null) {
      date(field, value.toLocalDate());
    }
  }

  void date(String field, LocalDate value) {
    require(InputRules.isSaneDate(value), field, InputRules.DATE_RANGE_MESSAGE);
  }

  /** Text without control characters, at most {@code max} characters; required when asked. */
  void text(String field, String value, int max, boolean required, String missing) {
    if (value == null || value.isBlank()) {
      require(!required, field, missing);
      return;
    }
    require(!InputRules.hasControlCharacter(value), field, InputRules.CONTROL_CHARACTER_MESSAGE);
    require(value.strip().length() <= max, field, "At most " + max + " characters");
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  void throwIfAny() {
    if (!found.isEmpty()) {
      throw new InvalidInputException(found);
    }
  }
}
