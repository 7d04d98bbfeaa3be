package org.cairnpmo.engine.finance;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Earned-value measures of a project at one status date, cumulative to that date, and the
 * variances, indices and forecasts derived from them (PMI, PMBOK Guide notation).
 *
 * <p>Early in a project EV, AC or PV are often zero. An index that would divide by zero is then an
 * empty {@link Optional}, meaning "not defined yet", never an exception or {@code Infinity}: a
 * dashboard must show a new project without failing. Quotients carry 16 significant digits.
 *
 * @param bac budget at completion
 * @param pv planned value, the budgeted cost of the work scheduled to date
 * @param ev earned value, the budgeted cost of the work done to date
 * @param ac actual cost of the work done to date
 */
public record EarnedValueSnapshot(BigDecimal bac, BigDecimal pv, BigDecimal ev, BigDecimal ac) {

  public EarnedValueSnapshot {
    Decimals.requireNonNegative(bac, "budget at completion (BAC)");
    Decimals.requireNonNegative(pv, "planned value (PV)");
    Decimals.requireNonNegative(ev, "earned value (EV)");
    Decimals.requireNonNegative(ac, "actual cost (AC)");
  }

  /** Schedule variance, EV − PV; negative means behind schedule (in money, not time). */
  public BigDecimal sv() {
    return ev.subtract(pv);
  }

  /** Cost variance, EV − AC; negative means over budget for the work done. */
  public BigDecimal cv() {
    return ev.subtract(ac);
  }

  /** Schedule performance index, EV / PV; empty while nothing was planned (PV = 0). */
  public Optional<BigDecimal> spi() {
    return Decimals.divide(ev, pv);
  }

  /** Cost performance index, EV / AC; empty while nothing was spent (AC = 0). */
  public Optional<BigDecimal> cpi() {
    return Decimals.divide(ev, ac);
  }

  /**
   * To-complete performance index against the budget, (BAC − EV) / (BAC − AC): the cost efficiency
   * the remaining work needs to finish on budget. Empty when the budget is exactly spent; negative
   * once it is overspent, when only {@link EacForecast#tcpiToEac()} still makes sense.
   */
  public Optional<BigDecimal> tcpiToBac() {
    return Decimals.divide(bac.subtract(ev), bac.subtract(ac));
  }

  /**
   * Forecast by one of the formula methods. For {@link EacMethod#AC_PLUS_BOTTOM_UP_ETC} use {@link
   * #forecastWithBottomUpEtc(BigDecimal)}, which takes the re-estimate.
   */
  public EacForecast forecast(EacMethod method) {
    Optional<BigDecimal> eac =
        switch (method) {
          case BAC_OVER_CPI -> bacOverCpi();
          case AC_PLUS_REMAINING_AT_BUDGET -> Optional.of(ac.add(bac.subtract(ev)));
          case AC_PLUS_REMAINING_AT_CPI_SPI -> remainingAtCpiTimesSpi().map(ac::add);
          case AC_PLUS_BOTTOM_UP_ETC ->
              throw new InvalidFinanceInputException(
                  "a bottom-up EAC needs the re-estimated ETC; use forecastWithBottomUpEtc");
        };
    return forecastFrom(method, eac);
  }

  /** Forecast as AC + a bottom-up estimate to complete, for when the plan was re-estimated. */
  public EacForecast forecastWithBottomUpEtc(BigDecimal bottomUpEtc) {
    Decimals.requireNonNegative(bottomUpEtc, "estimate to complete (ETC)");
    return forecastFrom(EacMethod.AC_PLUS_BOTTOM_UP_ETC, Optional.of(ac.add(bottomUpEtc)));
  }

  /** BAC / CPI, computed as BAC × AC / EV so the CPI is not rounded first. */
  private Optional<BigDecimal> bacOverCpi() {
    if (ac.signum() == 0) {
      return Optional.empty();
    }
    return Decimals.divide(bac.multiply(ac), ev);
  }

  /** (BAC − EV) / (CPI × SPI), computed as (BAC − EV) × AC × PV / EV² for the same reason. */
  private Optional<BigDecimal> remainingAtCpiTimesSpi() {
    if (ac.signum() == 0 || pv.signum() == 0) {
      return Optional.empty();
    }
    return Decimals.divide(bac.subtract(ev).multiply(ac).multiply(pv), ev.multiply(ev));
  }

  private EacForecast forecastFrom(EacMethod method, Optional<BigDecimal> eac) {
    return new EacForecast(
        method,
        eac,
        eac.map(value -> value.subtract(ac)),
        eac.map(bac::subtract),
        eac.flatMap(value -> Decimals.divide(bac.subtract(ev), value.subtract(ac))));
  }
}
