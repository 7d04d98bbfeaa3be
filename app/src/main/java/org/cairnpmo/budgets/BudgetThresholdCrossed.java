package org.cairnpmo.budgets;

import java.math.BigDecimal;

/**
 * A project's actual costs reached {@code percent} of its budget at completion with the costs just
 * booked (an entered cost, an import, a timesheet's labour): announced once per threshold as the
 * total passes it, again only if the costs fall below it and pass it again.
 *
 * @param percent 80 or 100
 * @param actual the actual costs to date
 * @param budget the budget at completion (the sum of the budget's lines)
 */
public record BudgetThresholdCrossed(
    long projectId, int percent, BigDecimal actual, BigDecimal budget, String currency) {}
