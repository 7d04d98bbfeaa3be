package org.cairnpmo.platform;

import java.util.Locale;

/**
 * A constant whose label for people is its name in sentence case: {@code UNDER_EVALUATION} reads
 * "Under evaluation". Constants whose label says more than their name keep a label of their own.
 */
public interface Labelled {

  String name();

  default String label() {
    String words = name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
