package org.cairnpmo.platform;

import java.util.Locale;

/**
 * How a constant whose name reads as words is shown to people: {@code GO_WITH_CONDITIONS} is "Go
 * with conditions", {@code HIGH} is "High". An enum whose labels are just its names, so written,
 * needs no label field of its own; one whose labels say something else keeps them.
 */
public final class Labels {

  private Labels() {}

  public static String of(Enum<?> constant) {
    String words = constant.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
