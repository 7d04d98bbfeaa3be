package org.cairnpmo.reporting.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.cairnpmo.control.Rag;
import org.cairnpmo.control.RatingDimension;
import org.cairnpmo.control.Trend;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectStatus;

/**
 * One project on the dashboard, as the read model holds it. Ratings come from the latest submitted
 * or reviewed status report (null: none yet); an index that is undefined is null, never guessed.
 *
 * @param lastReportOn the day the latest report was submitted
 * @param stale an active project without a report, or whose latest is older than the stale limit
 * @param bac budget at completion: the time-phased budget's total, else the register's budget
 * @param burn actual cost to date / BAC
 * @param value 0–100: the weighted score of the proposal the project came from, else a figure from
 *     the register's priority (see {@code valueBasis})
 * @param valueBasis PROPOSAL or PRIORITY: where {@code value} comes from
 * @param openRisks number of open risks
 * @param riskExposure sum of the open risks' scores (probability × impact)
 */
public record DashboardRow(
    long projectId,
    String code,
    String name,
    Long departmentId,
    String departmentName,
    ProjectCategory category,
    Long managerId,
    String managerName,
    ProjectStatus status,
    boolean confidential,
    String phase,
    Rating overall,
    Rating schedule,
    Rating cost,
    Rating scope,
    Rating resources,
    Rating risk,
    LocalDate lastReportOn,
    LocalDate lastPeriodEnd,
    boolean stale,
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
    LocalDate plannedStart,
    LocalDate plannedFinish,
    Instant refreshedAt) {

  /** The rating of {@code dimension}. */
  public Rating rating(RatingDimension dimension) {
    return dimension.of(overall, schedule, cost, scope, resources, risk);
  }

  /** A rating and how it moved since the report before; both null before the first report. */
  public record Rating(Rag rag, Trend trend) {

    public static final Rating NONE = new Rating(null, null);

    public boolean present() {
      return rag != null;
    }
  }
}
