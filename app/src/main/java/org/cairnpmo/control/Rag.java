package org.cairnpmo.control;

import lombok.RequiredArgsConstructor;
import org.cairnpmo.platform.Labelled;

/** A red-amber-green rating. {@link #severity()} orders them: GREEN 0 &lt; AMBER 1 &lt; RED 2. */
@RequiredArgsConstructor
public enum Rag implements Labelled {
  GREEN("On track"),
  AMBER("At risk"),
  RED("In trouble");

  private final String meaning;

  /** What the colour means, in words (colour is never shown alone). */
  public String meaning() {
    return meaning;
  }

  public int severity() {
    return ordinal();
  }

  /** The worse of two ratings; a missing one does not count. */
  public static Rag worst(Rag a, Rag b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a.severity() >= b.severity() ? a : b;
  }
}
