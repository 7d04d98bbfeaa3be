package org.cairnpmo.control;

import lombok.RequiredArgsConstructor;
import org.cairnpmo.platform.Labelled;

/** How a rating moved since the project's previous report. */
@RequiredArgsConstructor
public enum Trend implements Labelled {
  IMPROVING("↑"),
  STABLE("→"),
  WORSENING("↓"),
  NEW("·");

  private final String arrow;

  /** A first report has nothing to compare with: it says so rather than "New". */
  @Override
  public String label() {
    return this == NEW ? "First report" : Labelled.super.label();
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
