package org.cairnpmo.resources;

import java.util.Locale;

/** A cell of a RACI matrix. */
public enum RaciLetter {
  R("Responsible", "does the work"),
  A("Accountable", "answers for it and signs it off; exactly one per row"),
  C("Consulted", "is asked before"),
  I("Informed", "is told after");

  private final String label;
  private final String meaning;

  RaciLetter(String label, String meaning) {
    this.label = label;
    this.meaning = meaning;
  }

  public String label() {
    return label;
  }

  public String meaning() {
    return meaning;
  }

  /**
   * The letter a caller wrote (r, A, " c "), or null for an empty cell; unknown text is null too.
   */
  public static RaciLetter read(String text) {
    if (text == null || text.isBlank() || text.strip().equals("-")) {
      return null;
    }
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
