package org.cairnpmo.engine.finance;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The internal rate(s) of return of a cash-flow series.
 *
 * <p>A sealed type rather than a number because an IRR does not always exist, and may not be unique
 * when flows change sign more than once; a single {@code double} would hide both cases behind a
 * plausible-looking figure. Rates are per period (0.10 for 10 %), rounded to 10 decimal places:
 * they come from a numerical root search and more digits would claim precision we do not have.
 */
public sealed interface IrrResult {

  /**
   * The rate to quote next to an NPV at {@code discountRate}: the IRR, or the one nearest to the
   * discount rate when there are several (the lower one on a tie), or empty when there is none.
   */
  Optional<BigDecimal> closestTo(BigDecimal discountRate);

  /** Exactly one rate makes NPV zero. */
  record Unique(BigDecimal rate) implements IrrResult {
    @Override
    public Optional<BigDecimal> closestTo(BigDecimal discountRate) {
      return Optional.of(rate);
    }
  }

  /**
   * Several rates make NPV zero (the flows change sign more than once); the IRR decision rule is
   * then ambiguous and NPV should decide.
   *
   * @param rates every rate found, ascending; at least two
   */
  record Multiple(List<BigDecimal> rates) implements IrrResult {
    public Multiple {
      rates = List.copyOf(rates);
    }

    @Override
    public Optional<BigDecimal> closestTo(BigDecimal discountRate) {
      Decimals.require(discountRate, "discount rate");
      return rates.stream()
          .min(Comparator.comparing((BigDecimal rate) -> rate.subtract(discountRate).abs()));
    }
  }

  /** No rate makes NPV zero, for the stated reason. */
  record None(Reason reason) implements IrrResult {
    @Override
    public Optional<BigDecimal> closestTo(BigDecimal discountRate) {
      return Optional.empty();
    }

    public String explanation() {
      return reason.explanation();
    }
  }

  /** Why there is no IRR, in words a business-case reviewer can act on. */
  enum Reason {
    ALL_FLOWS_ZERO("every cash flow is zero, so NPV is zero at every rate"),
    NO_SIGN_CHANGE(
        "the cash flows never change sign (all costs or all benefits), so NPV has the same sign at"
            + " every rate"),
    NPV_NEVER_ZERO(
        "the cash flows change sign, but NPV keeps the same sign at every rate above -100 %");

    private final String explanation;

    Reason(String explanation) {
      this.explanation = explanation;
    }

    public String explanation() {
      return explanation;
    }
  }
}
