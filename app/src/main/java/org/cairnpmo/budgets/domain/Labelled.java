package org.cairnpmo.budgets.domain;

import java.util.Locale;

/** A choice that people read as its name written as a word: {@code LABOUR} is "Labour". */
public interface Labelled {

  String name();

  default String label() {
    return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
  }
}
