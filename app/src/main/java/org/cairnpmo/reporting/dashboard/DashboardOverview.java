package org.cairnpmo.reporting.dashboard;

import java.util.List;
import org.cairnpmo.reporting.dashboard.DashboardCharts.Bubble;
import org.cairnpmo.reporting.dashboard.DashboardCharts.MonthTotal;

/**
 * The aggregates of the whole filtered set: the summary, budget against actuals by month and the
 * value/risk bubbles (at most {@code bubbleLimit}, the largest budgets).
 */
public record DashboardOverview(
    DashboardSummary summary, List<MonthTotal> months, List<Bubble> bubbles, int bubbleLimit) {}
