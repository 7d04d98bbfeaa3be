package org.cairnpmo.budgets.domain;

import java.math.BigDecimal;

/**
 * The planned cost of one month ({@code YYYY-MM}), category and cost type.
 *
 * @param period the month, as {@code YYYY-MM}
 */
public record BudgetLine(
    String period, CostCategory category, CostType costType, BigDecimal amount) {}
