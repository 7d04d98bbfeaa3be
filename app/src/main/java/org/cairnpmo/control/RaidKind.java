package org.cairnpmo.control;

import java.util.Arrays;
import java.util.Optional;

/** The five kinds of RAID log entries, with the path segment of their API and pages. */
public enum RaidKind {
  RISK("Risk", "Risks", "risks"),
  ISSUE("Issue", "Issues", "issues"),
  ASSUMPTION("Assumption", "Assumptions", "assumptions"),
  DECISION("Decision", "Decisions", "decisions"),
  DEPENDENCY("Dependency", "Dependencies", "dependencies");

  private final String label;
  private final String plural;
  private final String path;

  RaidKind(String label, String plural, String path) {
    this.label = label;
    this.plural = plural;
    this.path = path;
  }

  public String label() {
    return label;
  }

  public String plural() {
    return plural;
  }

  public String path() {
    return path;
  }

  /** "Log a risk", "Log an issue", ... */
  public String logLabel() {
    String word = label.toLowerCase(java.util.Locale.ROOT);
    return "Log " + ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
  }

  public static Optional<RaidKind> byPath(String path) {
    return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
  }
}
