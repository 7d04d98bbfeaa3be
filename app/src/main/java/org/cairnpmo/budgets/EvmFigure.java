package org.cairnpmo.budgets;

import java.math.BigDecimal;

/**
 * One earned-value figure with the formula it comes from. An undefined figure (an index before
 * anything was planned or spent) has no value and says why.
 *
 * @param key PV, EV, AC, SV, CV, SPI, CPI, EAC, ETC, VAC or TCPI
 * @param money true for an amount in the project's currency, false for an index
 */
public record EvmFigure(
    String key,
    String label,
    String formula,
    boolean money,
    BigDecimal value,
    String undefinedReason) {

  public boolean defined() {
    return value != null;
  }
}
