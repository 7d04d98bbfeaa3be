package org.cairnpmo.budgets;

import java.math.BigDecimal;
import java.util.List;
import org.cairnpmo.engine.finance.EacMethod;

/**
 * A project's earned value at its status period and month by month.
 *
 * @param bac budget at completion, the total of the time-phased budget
 * @param statusPeriod the month the current figures are for, or null before anything is reported
 * @param eacMethod the formula the EAC, ETC, VAC and TCPI use
 * @param figures PV, EV, AC, SV, CV, SPI, CPI, EAC, ETC, VAC, TCPI at the status period
 * @param periods every month from the first budgeted or reported one to the last
 * @param note why nothing can be computed yet, or null
 */
public record EvmView(
    long projectId,
    String currency,
    BigDecimal bac,
    String statusPeriod,
    EacMethod eacMethod,
    String eacFormula,
    List<EvmFigure> figures,
    List<EvmPeriod> periods,
    String note) {}
