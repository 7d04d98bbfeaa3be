package org.cairnpmo.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the projects already under way have committed to spend, so that a portfolio selection sees
 * the money still available in each period. The portfolio asks; the budgets module answers (it
 * depends on the portfolio, not the other way round). Without an implementation nothing is
 * committed.
 */
public interface CommittedSpend {

  /**
   * The budgeted spend of the active and on-hold projects between two dates, both included, in the
   * given currency; projects budgeted in another currency are left out.
   */
  BigDecimal committedBetween(LocalDate from, LocalDate to, String currency);
}
