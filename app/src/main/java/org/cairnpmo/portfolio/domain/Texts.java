package org.cairnpmo.portfolio.domain;

/** Small text helpers shared by the aggregates. */
final class Texts {

  private Texts() {}

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
