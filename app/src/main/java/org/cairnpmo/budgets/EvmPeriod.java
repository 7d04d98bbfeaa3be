package org.cairnpmo.budgets;

import java.math.BigDecimal;

/**
 * One month of the S-curve and of the budget variance. The cumulative EV, AC, the indices and the
 * percent complete are null after the status period (not reported yet).
 *
 * @param planned budget of the month
 * @param actual actual costs booked in the month
 * @param variance planned − actual of the month (negative: overspent)
 * @param cumulativeVariance cumulative planned − cumulative actual
 */
public record EvmPeriod(
    String period,
    BigDecimal planned,
    BigDecimal actual,
    BigDecimal variance,
    BigDecimal cumulativeVariance,
    BigDecimal pv,
    BigDecimal ev,
    BigDecimal ac,
    BigDecimal percentComplete,
    BigDecimal spi,
    BigDecimal cpi) {}
