package org.cairnpmo.engine.finance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The package's one place for precision and input checks, so every figure is rounded alike. */
final class Decimals {

  /** Precision of every quotient handed out: 16 significant digits, half-even (decimal64). */
  static final MathContext RATIO = MathContext.DECIMAL64;

  /**
   * Precision of intermediate discounting: wider than {@link #RATIO} so that summing many
   * discounted terms cannot disturb the digits we publish.
   */
  static final MathContext WORK = MathContext.DECIMAL128;

  private Decimals() {}

  /** A quotient, or empty where the divisor is zero: "not defined" is a value, not an error. */
  static Optional<BigDecimal> divide(BigDecimal dividend, BigDecimal divisor) {
    return divisor.signum() == 0 ? Optional.empty() : Optional.of(dividend.divide(divisor, RATIO));
  }

  static BigDecimal require(BigDecimal value, String name) {
    if (value == null) {
      throw new InvalidFinanceInputException(name + " is missing");
    }
    return value;
  }

  static BigDecimal requireNonNegative(BigDecimal value, String name) {
    if (require(value, name).signum() < 0) {
      throw new InvalidFinanceInputException(
          name + " is negative (" + value.toPlainString() + "); enter it as a positive amount");
    }
    return value;
  }

  /** A rate per period must exceed −100 %, or discount factors (1 + r)^t stop making sense. */
  static BigDecimal requireRate(BigDecimal rate, String name) {
    if (require(rate, name).compareTo(BigDecimal.ONE.negate()) <= 0) {
      throw new InvalidFinanceInputException(
          name + " must be greater than -1 (that is, -100 %), was " + rate.toPlainString());
    }
    return rate;
  }

  /** An unmodifiable copy that names the first missing element, for a readable message. */
  static List<BigDecimal> copy(List<BigDecimal> values, String name, boolean nonNegative) {
    if (values == null) {
      throw new InvalidFinanceInputException(name + " is missing");
    }
    List<BigDecimal> copy = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      String element = name + "[" + i + "]";
      copy.add(
          nonNegative
              ? requireNonNegative(values.get(i), element)
              : require(values.get(i), element));
    }
    return List.copyOf(copy);
  }

  static BigDecimal sum(List<BigDecimal> values) {
    return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  static BigDecimal elementOrZero(List<BigDecimal> values, int index) {
    return index < values.size() ? values.get(index) : BigDecimal.ZERO;
  }
}
