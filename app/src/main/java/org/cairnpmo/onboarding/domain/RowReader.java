package org.cairnpmo.onboarding.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.cairnpmo.platform.InputRules;
import org.cairnpmo.platform.tabular.RowProblem;
import org.cairnpmo.platform.tabular.Tabular;

/**
 * The cells of one row, read by field through the mapping, each checked as the import's forms check
 * it; every problem is kept with the row number and the column's header.
 */
final class RowReader {

  private final ImportKind kind;
  private final List<String> headers;
  private final Map<String, Integer> mapping;
  private final List<Object> record;
  private final int row;
  private final List<RowProblem> problems = new ArrayList<>();

  RowReader(
      ImportKind kind,
      List<String> headers,
      Map<String, Integer> mapping,
      List<Object> record,
      int row) {
    this.kind = kind;
    this.headers = headers;
    this.mapping = mapping;
    this.record = record;
    this.row = row;
  }

  int row() {
    return row;
  }

  List<RowProblem> problems() {
    return problems;
  }

  boolean mapped(String key) {
    return mapping.containsKey(key);
  }

  /** Whether the field's column is read and this row's cell in it is empty. */
  boolean blank(String key) {
    return mapped(key) && Tabular.text(raw(key)).isEmpty();
  }

  void problem(String key, String message) {
    problems.add(new RowProblem(row, column(key), message));
  }

  /** The column's header in the file, or the field's label when no column holds it. */
  String column(String key) {
    Integer c = mapping.get(key);
    if (c != null && c < headers.size() && !headers.get(c).isBlank()) {
      return headers.get(c);
    }
    return kind.fields().stream()
        .filter(f -> f.key().equals(key))
        .map(ImportField::label)
        .findFirst()
        .orElse(key);
  }

  private Object raw(String key) {
    return Tabular.cell(record, mapping.get(key));
  }

  /** The cell as text, null when empty; control characters and text over {@code max} refused. */
  String text(String key, int max) {
    String text = Tabular.text(raw(key));
    if (text.isEmpty()) {
      return null;
    }
    if (InputRules.hasControlCharacter(text)) {
      problem(key, InputRules.CONTROL_CHARACTER_MESSAGE);
      return null;
    }
    if (text.length() > max) {
      problem(key, "Keep this to " + max + " characters (it has " + text.length() + ").");
      return null;
    }
    return text;
  }

  /** As {@link #text}, and a missing value is a problem. */
  String required(String key, int max) {
    String text = text(key, max);
    if (text == null && problems.stream().noneMatch(p -> Objects.equals(p.column(), column(key)))) {
      problem(key, "The " + column(key) + " is missing.");
    }
    return text;
  }

  /** A date cell, or text written YYYY-MM-DD, between 1900 and 2200. */
  LocalDate date(String key) {
    Object value = raw(key);
    LocalDate date;
    if (value instanceof LocalDate d) {
      date = d;
    } else {
      String text = text(key, 40);
      if (text == null) {
        return null;
      }
      try {
        date =
            LocalDate.parse(
                text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) : text);
      } catch (DateTimeParseException e) {
        problem(key, "'" + text + "' is not a date: use YYYY-MM-DD.");
        return null;
      }
    }
    if (!InputRules.isSaneDate(date)) {
      problem(key, InputRules.DATE_RANGE_MESSAGE);
      return null;
    }
    return date;
  }

  /** One of {@code type}'s values by its name or label, in any case and spacing. */
  <E extends Enum<E>> E choice(
      String key, Class<E> type, java.util.function.Function<E, String> label) {
    String text = text(key, 100);
    if (text == null) {
      return null;
    }
    String wanted = ImportField.normalized(text);
    for (E value : type.getEnumConstants()) {
      if (ImportField.normalized(value.name()).equals(wanted)
          || ImportField.normalized(label.apply(value)).equals(wanted)) {
        return value;
      }
    }
    problem(
        key,
        "'"
            + text
            + "' is not one of "
            + Arrays.stream(type.getEnumConstants())
                .map(Enum::name)
                .collect(Collectors.joining(", "))
            + ".");
    return null;
  }

  /** A number as people type it ({@code 1,250.50}, {@code 1.250,50}, {@code € 1 250}). */
  BigDecimal number(String key) {
    Object value = raw(key);
    if (value instanceof BigDecimal d) {
      return d;
    }
    String text = text(key, 40);
    if (text == null) {
      return null;
    }
    BigDecimal number = Tabular.number(text);
    if (number == null) {
      problem(key, "'" + text + "' is not a number: write it such as 1250000 or 1,250,000.00.");
    }
    return number;
  }

  /** Yes or no: yes, y, true, 1, x; no, n, false, 0. */
  Boolean flag(String key) {
    String text = text(key, 10);
    if (text == null) {
      return null;
    }
    switch (text.toLowerCase(Locale.ROOT)) {
      case "yes", "y", "true", "1", "x", "ja", "oui" -> {
        return true;
      }
      case "no", "n", "false", "0", "nein", "non" -> {
        return false;
      }
      default -> {
        problem(key, "'" + text + "' is neither yes nor no.");
        return null;
      }
    }
  }
}
