package org.cairnpmo.reporting.overview;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.cairnpmo.budgets.EvmFigure;
import org.cairnpmo.budgets.EvmView;
import org.cairnpmo.control.IssueView;
import org.cairnpmo.control.MilestoneView;
import org.cairnpmo.control.Rag;
import org.cairnpmo.control.RatingDimension;
import org.cairnpmo.control.RiskView;
import org.cairnpmo.control.StatusReportView;
import org.cairnpmo.projects.ProjectView;

/**
 * Everything a sponsor reads about one project in a minute, gathered from the modules that own it:
 * the register's record, the lifecycle phase, the latest delivered status report with the trend of
 * each rating, the key risks and open issues, the milestones and the money.
 *
 * @param phase null when the project is not on a lifecycle
 * @param latest the latest submitted or reviewed report, null before the first one
 * @param trends one row per rating dimension over the last delivered reports, oldest first
 * @param openRisks every open risk, highest score first
 * @param openIssues every open issue, most severe first, then by due date
 * @param money null when the project has no budget yet
 */
public record ProjectOverview(
    ProjectView project,
    Phase phase,
    StatusReportView latest,
    List<DimensionTrend> trends,
    List<RiskView> openRisks,
    List<IssueView> openIssues,
    List<MilestoneView> milestones,
    Money money,
    Instant generatedAt) {

  public static final int KEY_RISKS = 5;
  public static final int OPEN_ISSUES = 10;
  public static final int TREND_REPORTS = 6;

  /** Where the project stands on its lifecycle. */
  public record Phase(String lifecycle, String phase, String nextGate, String status) {}

  /** One rating dimension over the last reports, oldest first. */
  public record DimensionTrend(RatingDimension dimension, List<Point> points) {

    /** The ratings in words, oldest first, e.g. "Green → Amber → Red". */
    public String text() {
      return text(" → ");
    }

    /** The ratings in words joined by {@code separator}, for media without arrows. */
    public String text(String separator) {
      return points.stream()
          .map(p -> p.rating() == null ? "Not rated" : p.rating().label())
          .collect(Collectors.joining(separator));
    }
  }

  /** A dimension's rating in the report for the period ending {@code periodEnd}. */
  public record Point(LocalDate periodEnd, Rag rating) {}

  /**
   * The money at the status period. Figures are null where earned value leaves them undefined
   * (nothing planned or spent yet).
   *
   * @param vac variance at completion, BAC − EAC (negative: expected overrun)
   * @param burn actual cost to date as a share of BAC, in percent
   */
  public record Money(
      String currency,
      String statusPeriod,
      String eacFormula,
      BigDecimal bac,
      BigDecimal pv,
      BigDecimal ev,
      BigDecimal ac,
      BigDecimal eac,
      BigDecimal cv,
      BigDecimal vac,
      BigDecimal spi,
      BigDecimal cpi,
      BigDecimal burn,
      String note,
      EvmView evm) {

    static Money of(EvmView evm) {
      BigDecimal ac = figure(evm, "AC");
      BigDecimal burn =
          ac == null || evm.bac() == null || evm.bac().signum() == 0
              ? null
              : ac.multiply(BigDecimal.valueOf(100)).divide(evm.bac(), 1, RoundingMode.HALF_UP);
      return new Money(
          evm.currency(),
          evm.statusPeriod(),
          evm.eacFormula(),
          evm.bac(),
          figure(evm, "PV"),
          figure(evm, "EV"),
          ac,
          figure(evm, "EAC"),
          figure(evm, "CV"),
          figure(evm, "VAC"),
          figure(evm, "SPI"),
          figure(evm, "CPI"),
          burn,
          evm.note(),
          evm);
    }

    private static BigDecimal figure(EvmView evm, String key) {
      return evm.figures().stream()
          .filter(f -> f.key().equals(key))
          .findFirst()
          .map(EvmFigure::value)
          .orElse(null);
    }
  }

  /** The open risks with the highest scores, at most {@link #KEY_RISKS}. */
  public List<RiskView> keyRisks() {
    return openRisks.subList(0, Math.min(KEY_RISKS, openRisks.size()));
  }

  /** The most severe open issues, at most {@link #OPEN_ISSUES}. */
  public List<IssueView> topIssues() {
    return openIssues.subList(0, Math.min(OPEN_ISSUES, openIssues.size()));
  }

  public Rag overall() {
    return latest == null ? null : latest.overall();
  }
}
