package org.cairnpmo.budgets.domain;

import java.math.BigDecimal;

/**
 * The cumulative percent complete at the end of a month.
 *
 * @param period the month, as {@code YYYY-MM}
 * @param percentComplete 0 to 100
 */
public record ProgressPoint(String period, BigDecimal percentComplete) {}
