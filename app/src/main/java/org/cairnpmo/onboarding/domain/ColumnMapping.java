package org.cairnpmo.onboarding.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;

/**
 * Which column (by its index in the header row) holds which field of an import. Cairn proposes one
 * from the headers; the person changes it by naming, for each field, the header of its column.
 */
final class ColumnMapping {

  private ColumnMapping() {}

  /**
   * The columns whose headers name the fields, in any case and spacing, or by a usual other name
   * ("Project manager" for the manager). Each column serves one field at most.
   */
  static Map<String, Integer> propose(ImportKind kind, List<String> headers) {
    Map<String, Integer> mapping = new LinkedHashMap<>();
    Set<Integer> taken = new HashSet<>();
    // Exact names first, so that "Name" goes to the name even where "Project" is a synonym of it.
    for (boolean exact : new boolean[] {true, false}) {
      for (ImportField field : kind.fields()) {
        if (mapping.containsKey(field.key())) {
          continue;
        }
        for (int c = 0; c < headers.size(); c++) {
          String header = headers.get(c);
          boolean hit =
              exact
                  ? ImportField.normalized(header).equals(ImportField.normalized(field.key()))
                      || ImportField.normalized(header)
                          .equals(ImportField.normalized(field.label()))
                  : field.matches(header);
          if (hit && !taken.contains(c)) {
            mapping.put(field.key(), c);
            taken.add(c);
            break;
          }
        }
      }
    }
    return mapping;
  }

  /**
   * The mapping a person chose: field key to the header of its column (null or blank: not
   * imported). Unknown fields, headers the file does not have and a column chosen twice are
   * refused.
   */
  static Map<String, Integer> chosen(
      ImportKind kind, List<String> headers, Map<String, String> choice) {
    List<FieldProblem> problems = new ArrayList<>();
    Map<String, Integer> mapping = new LinkedHashMap<>();
    Map<Integer, String> used = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : choice.entrySet()) {
      String key = entry.getKey();
      String header = entry.getValue();
      if (kind.fields().stream().noneMatch(f -> f.key().equals(key))) {
        problems.add(
            new FieldProblem(
                "mapping." + key,
                "An import of " + kind.label().toLowerCase() + " has no field '" + key + "'."));
        continue;
      }
      if (header == null || header.isBlank()) {
        continue;
      }
      int column = headers.indexOf(header.strip());
      if (column < 0) {
        problems.add(
            new FieldProblem("mapping." + key, "The file has no column headed '" + header + "'."));
      } else if (used.containsKey(column)) {
        problems.add(
            new FieldProblem(
                "mapping." + key,
                "The column '" + header + "' is already chosen for " + used.get(column) + "."));
      } else {
        used.put(column, key);
        mapping.put(key, column);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return mapping;
  }

  /** The mapping as stored: {@code field=column} lines. */
  static String write(Map<String, Integer> mapping) {
    StringBuilder text = new StringBuilder();
    mapping.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
    return text.toString();
  }

  static Map<String, Integer> read(String text) {
    Map<String, Integer> mapping = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        mapping.put(line.substring(0, eq), Integer.parseInt(line.substring(eq + 1).strip()));
      }
    }
    return mapping;
  }
}
