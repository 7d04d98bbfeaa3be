package org.cairnpmo.platform;

import java.util.Locale;

/**
 * An enum whose constants people read as their names in sentence case: {@code ON_HOLD} reads "On
 * hold", {@code TEAM_MEMBER} "Team member". An enum whose words differ from its names keeps its own
 * labels instead.
 */
public interface InWords {

  String name();

  /** The name as people read it, e.g. "On hold". */
  default String label() {
    String words = name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
