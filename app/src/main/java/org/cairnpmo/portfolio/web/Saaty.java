package org.cairnpmo.portfolio.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Saaty's 1–9 scale as the comparison form offers it. For a pair (A, B) the value "k" means A is k
 * times as important as B, and "1/k" that B is k times as important as A.
 */
final class Saaty {

  private static final String[] WORDS = {
    "equally important",
    "equally to moderately more important",
    "moderately more important",
    "moderately to strongly more important",
    "strongly more important",
    "strongly to very strongly more important",
    "very strongly more important",
    "very strongly to extremely more important",
    "extremely more important"
  };

  private static final String[] SHORT = {
    "equal",
    "slightly more",
    "moderately more",
    "moderately+ more",
    "strongly more",
    "strongly+ more",
    "very strongly more",
    "very strongly+ more",
    "extremely more"
  };

  private Saaty() {}

  /** One choice in the select: its form value, the intensity 1–9 and which side it favours. */
  record Choice(String value, int intensity, boolean favoursFirst) {
    public String words() {
      return WORDS[intensity - 1];
    }

    /** A short label for the select, e.g. "moderately more (3)". */
    public String shortWords() {
      return SHORT[intensity - 1] + " (" + intensity + ")";
    }
  }

  /** From "A extremely more important" (9) through "equal" to "B extremely more important". */
  static List<Choice> choices() {
    List<Choice> choices = new ArrayList<>();
    for (int k = 9; k >= 2; k--) {
      choices.add(new Choice(String.valueOf(k), k, true));
    }
    choices.add(new Choice("1", 1, true));
    for (int k = 2; k <= 9; k++) {
      choices.add(new Choice("1/" + k, k, false));
    }
    return choices;
  }

  /** The form value nearest to a stored judgement. */
  static String valueOf(double judgement) {
    if (judgement >= 1) {
      return String.valueOf(Math.max(1, Math.min(9, Math.round(judgement))));
    }
    long k = Math.max(2, Math.min(9, Math.round(1 / judgement)));
    return "1/" + k;
  }

  /** The judgement a form value stands for; null when it is not on the scale. */
  static Double parse(String value) {
    if (value == null) {
      return null;
    }
    String v = value.trim();
    try {
      if (v.startsWith("1/")) {
        int k = Integer.parseInt(v.substring(2));
        return k >= 1 && k <= 9 ? 1.0 / k : null;
      }
      int k = Integer.parseInt(v);
      return k >= 1 && k <= 9 ? (double) k : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** "A is strongly more important than B (5)", for a value from the first item's side. */
  static String sentence(String first, String second, double judgement) {
    String value = valueOf(judgement);
    Double parsed = parse(value);
    if (parsed == null || value.equals("1")) {
      return first + " and " + second + " are equally important (1)";
    }
    if (parsed > 1) {
      return first
          + " is "
          + WORDS[(int) Math.round(parsed) - 1]
          + " than "
          + second
          + " ("
          + value
          + ")";
    }
    int k = (int) Math.round(1 / parsed);
    return second + " is " + WORDS[k - 1] + " than " + first + " (" + k + ")";
  }
}
