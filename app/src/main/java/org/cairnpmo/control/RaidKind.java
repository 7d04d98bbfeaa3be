package org.cairnpmo.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.platform.Labelled;

/** The five kinds of RAID log entries, with the path segment of their API and pages. */
@RequiredArgsConstructor
public enum RaidKind implements Labelled {
  RISK("Risks"),
  ISSUE("Issues"),
  ASSUMPTION("Assumptions"),
  DECISION("Decisions"),
  DEPENDENCY("Dependencies");

  private final String plural;

  public String plural() {
    return plural;
  }

  /** The segment of the kind's address: its plural in lower case, e.g. {@code risks}. */
  public String path() {
    return plural.toLowerCase(Locale.ROOT);
  }

  /** "Log a risk", "Log an issue", ... */
  public String logLabel() {
    String word = label().toLowerCase(Locale.ROOT);
    return "Log " + ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
  }

  public static Optional<RaidKind> byPath(String path) {
    return Arrays.stream(values()).filter(k -> k.path().equals(path)).findFirst();
  }
}
