package org.cairnpmo.reporting.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cairnpmo.budgets.BudgetsApi.Month;
import org.cairnpmo.control.Rag;
import org.cairnpmo.control.RatingDimension;
import org.cairnpmo.control.Trend;
import org.cairnpmo.projects.ProjectView;

/** A read-model row as it is written, with the project's months of planned and actual cost. */
record StatusRow(
    ProjectView project,
    String phase,
    Map<RatingDimension, Rag> ratings,
    Map<RatingDimension, Trend> trends,
    LocalDate lastReportOn,
    LocalDate lastPeriodEnd,
    String nextMilestone,
    LocalDate nextMilestoneOn,
    Integer milestoneSlipDays,
    String currency,
    BigDecimal bac,
    BigDecimal actualToDate,
    BigDecimal burn,
    BigDecimal spi,
    BigDecimal cpi,
    BigDecimal value,
    String valueBasis,
    int openRisks,
    int riskExposure,
    List<Month> months) {}
