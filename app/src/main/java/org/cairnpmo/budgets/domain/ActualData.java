package org.cairnpmo.budgets.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An actual cost to record: a date or a month (a date decides the month; if both are given they
 * must agree).
 *
 * @param period the month, as {@code YYYY-MM}
 * @param amount non-zero; negative for a credit or correction
 */
public record ActualData(
    LocalDate date,
    String period,
    CostCategory category,
    CostType costType,
    BigDecimal amount,
    String description,
    String reference) {}
