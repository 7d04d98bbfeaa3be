package org.cairnpmo.reporting.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the dashboard's charts draw, for the whole filtered set unless said otherwise. */
public final class DashboardCharts {

  private DashboardCharts() {}

  /**
   * A project on the value/risk bubble chart: value (proposal score) against risk exposure, the
   * bubble's size its budget.
   */
  public record Bubble(
      long projectId,
      String code,
      String name,
      BigDecimal value,
      int riskExposure,
      BigDecimal bac,
      String currency,
      String overall) {}

  /** Planned and actual cost of one month in one currency, over the filtered projects. */
  public record MonthTotal(String period, String currency, BigDecimal planned, BigDecimal actual) {}

  /** A bar of the roadmap: the planned span and the next milestone, if any. */
  public record RoadmapBar(
      long projectId,
      String code,
      String name,
      LocalDate start,
      LocalDate finish,
      String milestone,
      LocalDate milestoneOn,
      Integer slipDays,
      String overall) {}
}
