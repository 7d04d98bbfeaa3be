package org.cairnpmo.control.domain;

import java.math.BigDecimal;
import lombok.RequiredArgsConstructor;

/** How a rating rule compares a metric with its threshold. */
@RequiredArgsConstructor
public enum Comparison {
  LT("<"),
  LE("≤"),
  GT(">"),
  GE("≥"),
  EQ("=");

  private final String symbol;

  public String symbol() {
    return symbol;
  }

  public boolean holds(BigDecimal value, BigDecimal threshold) {
    int c = value.compareTo(threshold);
    return switch (this) {
      case LT -> c < 0;
      case LE -> c <= 0;
      case GT -> c > 0;
      case GE -> c >= 0;
      case EQ -> c == 0;
    };
  }
}
