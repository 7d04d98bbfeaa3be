package org.cairnpmo.planning.imports;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names that must differ within a plan (calendars, resources), taken from a file that may repeat
 * them: a repeated name gets " (2)", " (3)" and so on; names differing only in case count as the
 * same.
 */
final class UniqueNames {

  private final Set<String> taken = new HashSet<>();

  /** {@code name} as a line of at most 200 characters, made unique; {@code fallback} if none. */
  String of(String name, String fallback) {
    String base = FileText.line(name, 190, fallback);
    String unique = base;
    for (int n = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); n++) {
      unique = base + " (" + n + ")";
    }
    return unique;
  }
}
