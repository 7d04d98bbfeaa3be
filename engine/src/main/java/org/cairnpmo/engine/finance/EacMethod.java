package org.cairnpmo.engine.finance;

/**
 * How the estimate at completion (EAC) is forecast. Named by formula, because the right choice
 * depends on why the project deviates, and a report should say which assumption it made.
 */
public enum EacMethod {
  /** EAC = BAC / CPI: today's cost efficiency persists for the rest of the work. */
  BAC_OVER_CPI("BAC / CPI"),
  /** EAC = AC + (BAC − EV): the deviation so far was a one-off; the rest goes to budget. */
  AC_PLUS_REMAINING_AT_BUDGET("AC + (BAC - EV)"),
  /**
   * EAC = AC + (BAC − EV) / (CPI × SPI): both cost and schedule performance weigh on the rest, as
   * when a fixed end date must be met by spending more.
   */
  AC_PLUS_REMAINING_AT_CPI_SPI("AC + (BAC - EV) / (CPI * SPI)"),
  /**
   * EAC = AC + bottom-up ETC: the original plan is no longer valid and the rest was re-estimated.
   */
  AC_PLUS_BOTTOM_UP_ETC("AC + bottom-up ETC");

  private final String formula;

  EacMethod(String formula) {
    this.formula = formula;
  }

  /** The formula in PMI notation, for labels and reports. */
  public String formula() {
    return formula;
  }
}
