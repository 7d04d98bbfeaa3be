package org.cairnpmo.budgets.domain;

import java.math.BigDecimal;
import java.util.List;
import org.cairnpmo.engine.finance.EacMethod;
import org.cairnpmo.platform.Versioned;

/**
 * A project's time-phased budget as the caller may see it.
 *
 * @param id the budget's own id, for its history; null while no budget was saved
 * @param total the sum of the lines, the budget at completion (BAC)
 * @param registerBudget the budget recorded in the project register, if any
 * @param warning set when the total differs from the register's budget
 * @param version 0 while no budget was saved; send it back to change the budget
 */
public record BudgetView(
    Long id,
    long projectId,
    String currency,
    List<BudgetLine> lines,
    BigDecimal total,
    BigDecimal registerBudget,
    String warning,
    EacMethod eacMethod,
    String eacFormula,
    long version,
    boolean editable)
    implements Versioned {}
