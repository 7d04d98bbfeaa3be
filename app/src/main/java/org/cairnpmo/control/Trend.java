package org.cairnpmo.control;

/** How a rating moved since the project's previous report. */
public enum Trend {
  IMPROVING("Improving", "↑"),
  STABLE("Stable", "→"),
  WORSENING("Worsening", "↓"),
  NEW("First report", "·");

  private final String label;
  private final String arrow;

  Trend(String label, String arrow) {
    this.label = label;
    this.arrow = arrow;
  }

  public String label() {
    return label;
  }

  public String arrow() {
    return arrow;
  }

  /** The trend from {@code previous} to {@code current}; NEW when there is nothing to compare. */
  public static Trend between(Rag previous, Rag current) {
    if (previous == null || current == null) {
      return NEW;
    }
    int change = current.severity() - previous.severity();
    return change < 0 ? IMPROVING : change > 0 ? WORSENING : STABLE;
  }
}
