package org.cairnpmo.onboarding.domain;

import java.util.List;
import java.util.Locale;

/**
 * A field an import reads from a column: its key (as the API names it), its label (as a page shows
 * it), whether every row must give it, and the other headers people use for it.
 */
public record ImportField(String key, String label, boolean required, List<String> synonyms) {

  static ImportField required(String key, String label, String... synonyms) {
    return new ImportField(key, label, true, List.of(synonyms));
  }

  static ImportField optional(String key, String label, String... synonyms) {
    return new ImportField(key, label, false, List.of(synonyms));
  }

  /** Whether a column headed {@code header} holds this field, in any case and spacing. */
  boolean matches(String header) {
    String wanted = normalized(header);
    if (wanted.isEmpty()) {
      return false;
    }
    return wanted.equals(normalized(key))
        || wanted.equals(normalized(label))
        || synonyms.stream().anyMatch(s -> wanted.equals(normalized(s)));
  }

  /**
   * A header without case, spaces, dashes, underscores, dots or slashes: "Planned-Start" is
   * "plannedstart".
   */
  static String normalized(String header) {
    return header == null
        ? ""
        : header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-./()#*:]", "");
  }
}
