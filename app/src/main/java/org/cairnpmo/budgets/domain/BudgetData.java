package org.cairnpmo.budgets.domain;

import java.util.List;
import org.cairnpmo.engine.finance.EacMethod;

/**
 * A project's whole time-phased budget, replacing the previous one.
 *
 * @param lines every month, category and cost type with an amount (absent means zero)
 * @param eacMethod how EAC is forecast; unchanged when null
 * @param version the version that was read (or send {@code If-Match})
 */
public record BudgetData(List<BudgetLine> lines, EacMethod eacMethod, Long version) {}
