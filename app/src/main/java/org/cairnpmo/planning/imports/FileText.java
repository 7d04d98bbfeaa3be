package org.cairnpmo.planning.imports;

import org.cairnpmo.platform.InputRules;

/** Text from a file as Cairn's fields take it: no control characters, within the field's size. */
final class FileText {

  private FileText() {}

  /** One line of at most {@code max} characters; {@code fallback} when there is nothing left. */
  static String line(String text, int max, String fallback) {
    if (text == null) {
      return fallback;
    }
    String clean =
        InputRules.withoutControlCharacters(text.replaceAll("[\\t\\r\\n]+", " ")).strip();
    if (clean.isEmpty()) {
      return fallback;
    }
    return clean.length() > max ? clean.substring(0, max).strip() : clean;
  }

  /** Text of several lines of at most {@code max} characters; null when there is none. */
  static String block(String text, int max) {
    if (text == null) {
      return null;
    }
    String clean = InputRules.withoutControlCharacters(text).strip();
    if (clean.isEmpty()) {
      return null;
    }
    return clean.length() > max ? clean.substring(0, max) : clean;
  }
}
