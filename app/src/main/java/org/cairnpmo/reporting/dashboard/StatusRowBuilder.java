package org.cairnpmo.reporting.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.budgets.BudgetsApi;
import org.cairnpmo.budgets.BudgetsApi.Financials;
import org.cairnpmo.control.ControlApi;
import org.cairnpmo.control.ControlApi.LatestRatings;
import org.cairnpmo.control.ControlApi.RiskExposure;
import org.cairnpmo.control.MilestoneView;
import org.cairnpmo.control.Rag;
import org.cairnpmo.control.RatingDimension;
import org.cairnpmo.control.Trend;
import org.cairnpmo.governance.GovernanceApi;
import org.cairnpmo.governance.GovernanceApi.CurrentPhase;
import org.cairnpmo.portfolio.PortfolioApi;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectView;
import org.springframework.stereotype.Component;

/**
 * Computes read-model rows for a batch of projects with one bulk call per owning module, so that a
 * batch of two hundred projects costs a handful of queries, not a handful per project.
 */
@Component
record StatusRowBuilder(
    ControlApi control, BudgetsApi budgets, GovernanceApi governance, PortfolioApi portfolio) {

  private static final ZoneId ZONE = ZoneId.systemDefault();

  /**
   * Figures at or beyond this size do not fit the read model's columns (38 digits, 4 decimals) and
   * are left out rather than failing the row: no accepted amount comes near it, but a row that
   * cannot be written keeps its old figures and visibility.
   */
  static final BigDecimal TOO_LARGE = BigDecimal.TEN.pow(34);

  /**
   * The code the portfolio knows the project's proposal by: its origin's, else the project's own
   * (projects registered before they remembered their proposal carry its code).
   */
  private static String proposalCode(ProjectView project) {
    return project.origin() != null ? project.origin().proposalCode() : project.code();
  }

  List<StatusRow> build(List<ProjectView> projects) {
    if (projects.isEmpty()) {
      return List.of();
    }
    List<Long> ids = projects.stream().map(ProjectView::id).toList();
    Map<Long, LatestRatings> ratings = control.latestRatings(ids);
    Map<Long, RiskExposure> risks = control.openRiskExposure(ids);
    Map<Long, MilestoneView> milestones = control.nextMilestones(ids);
    Map<Long, Financials> money = budgets.financials(ids);
    Map<Long, CurrentPhase> phases = governance.currentPhases(ids);
    Map<String, Double> values =
        portfolio.proposalScoresByProjectCode(
            projects.stream().map(StatusRowBuilder::proposalCode).toList());
    List<StatusRow> rows = new ArrayList<>(projects.size());
    for (ProjectView p : projects) {
      rows.add(
          row(
              p,
              ratings.get(p.id()),
              risks.get(p.id()),
              milestones.get(p.id()),
              money.get(p.id()),
              phases.get(p.id()),
              values.get(proposalCode(p))));
    }
    return rows;
  }

  private static StatusRow row(
      ProjectView p,
      LatestRatings report,
      RiskExposure risk,
      MilestoneView milestone,
      Financials money,
      CurrentPhase phase,
      Double proposalScore) {
    Map<RatingDimension, Rag> ratings = new EnumMap<>(RatingDimension.class);
    Map<RatingDimension, Trend> trends = new EnumMap<>(RatingDimension.class);
    if (report != null) {
      for (RatingDimension d : RatingDimension.values()) {
        if (report.rating(d) != null) {
          ratings.put(d, report.rating(d));
          trends.put(d, report.trend(d));
        }
      }
    }
    LocalDate lastReportOn = null;
    if (report != null) {
      lastReportOn =
          report.submittedAt() != null
              ? LocalDate.ofInstant(report.submittedAt(), ZONE)
              : report.periodEnd();
    }
    // The time-phased budget is the budget at completion; before there is one, the register's
    // approved budget stands in, so that burn is still measured against what was approved.
    BigDecimal bac =
        money != null && money.bac() != null && money.bac().signum() > 0
            ? money.bac()
            : p.budgetAmount();
    BigDecimal actual = money == null ? null : money.actualToDate();
    BigDecimal burn =
        bac != null && bac.signum() > 0 && actual != null
            ? actual.divide(bac, 4, RoundingMode.HALF_UP)
            : null;
    BigDecimal value;
    String valueBasis;
    if (proposalScore != null) {
      value = BigDecimal.valueOf(proposalScore).setScale(2, RoundingMode.HALF_UP);
      valueBasis = "PROPOSAL";
    } else {
      value = priorityValue(p.priority());
      valueBasis = value == null ? null : "PRIORITY";
    }
    return new StatusRow(
        p,
        phase == null ? null : phase.label(),
        ratings,
        trends,
        lastReportOn,
        report == null ? null : report.periodEnd(),
        milestone == null ? null : milestone.name(),
        milestone == null ? null : milestone.forecastDate(),
        milestone == null || milestone.baselineDate() == null ? null : (int) milestone.slipDays(),
        p.budgetCurrency() != null ? p.budgetCurrency() : money == null ? null : "EUR",
        bounded(bac),
        bounded(actual),
        bounded(burn),
        bounded(index(money == null ? null : money.spi())),
        bounded(index(money == null ? null : money.cpi())),
        value,
        valueBasis,
        risk == null ? 0 : risk.openRisks(),
        risk == null ? 0 : risk.totalScore(),
        money == null ? List.of() : money.months());
  }

  /**
   * Projects registered directly, not from a scored proposal, still have a value on the bubble
   * chart: the priority the PMO gave them, on the same 0–100 scale.
   */
  static BigDecimal priorityValue(Priority priority) {
    if (priority == null) {
      return null;
    }
    return BigDecimal.valueOf(
        switch (priority) {
          case CRITICAL -> 85;
          case HIGH -> 65;
          case MEDIUM -> 45;
          case LOW -> 25;
        });
  }

  static BigDecimal bounded(BigDecimal value) {
    return value == null || value.abs().compareTo(TOO_LARGE) < 0 ? value : null;
  }

  private static BigDecimal index(BigDecimal value) {
    return value == null ? null : value.setScale(4, RoundingMode.HALF_UP);
  }
}
