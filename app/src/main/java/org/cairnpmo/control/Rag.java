package org.cairnpmo.control;

/** A red-amber-green rating. {@link #severity()} orders them: GREEN 0 &lt; AMBER 1 &lt; RED 2. */
public enum Rag {
  GREEN("Green", "On track"),
  AMBER("Amber", "At risk"),
  RED("Red", "In trouble");

  private final String label;
  private final String meaning;

  Rag(String label, String meaning) {
    this.label = label;
    this.meaning = meaning;
  }

  public String label() {
    return label;
  }

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
