package org.cairnpmo.practices.kpis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.cairnpmo.budgets.EvmPeriod;
import org.cairnpmo.control.ControlApi.MilestoneDates;
import org.cairnpmo.control.ControlApi.ReportDeadline;
import org.cairnpmo.control.ControlApi.RiskFact;
import org.cairnpmo.control.RiskLevel;
import org.cairnpmo.governance.GovernanceApi.GateReviewFact;

/**
 * Each measure of one project as of a day (a month's last day for a snapshot, today for the current
 * figure). SPI, CPI and the costs come from budgets' own earned-value series, never from a second
 * formula; the others count milestones, reports, risks and gate reviews by their dates, so that a
 * past month is computed from what was known by then.
 */
public final class KpiFormulas {

  /** A gate decision counts as on time when made within this many days of the request. */
  public static final int GATE_DECISION_DAYS = 14;

  /** The window of status reports that make the punctuality of a month. */
  public static final int REPORT_WINDOW_DAYS = 90;

  private KpiFormulas() {}

  /** The measure's figure; null when the project has nothing to count for it yet. */
  public static Figure compute(
      KpiMeasure measure, ProjectFacts facts, LocalDate asOf, ZoneId zone) {
    return switch (measure) {
      case SPI -> index(facts, asOf, true);
      case CPI -> index(facts, asOf, false);
      case BUDGET_BURN -> burn(facts, asOf);
      case MILESTONE_SLIP -> slip(facts, asOf);
      case MILESTONE_ON_TIME -> onTime(facts, asOf);
      case REPORT_PUNCTUALITY -> punctuality(facts, asOf, zone);
      case OPEN_HIGH_RISKS -> highRisks(facts, asOf, zone);
      case GATE_DECISIONS_ON_TIME -> gates(facts, asOf, zone);
    };
  }

  /** The index of the latest month up to {@code asOf} that has one (budgets' series). */
  private static Figure index(ProjectFacts facts, LocalDate asOf, boolean spi) {
    if (facts.evm() == null) {
      return null;
    }
    String month = YearMonth.from(asOf).toString();
    BigDecimal found = null;
    for (EvmPeriod p : facts.evm().periods()) {
      if (p.period().compareTo(month) > 0) {
        break;
      }
      BigDecimal value = spi ? p.spi() : p.cpi();
      if (value != null) {
        found = value;
      }
    }
    return found == null ? null : Figure.single(found);
  }

  /** Actual costs of the months up to {@code asOf} over the budget at completion, in percent. */
  private static Figure burn(ProjectFacts facts, LocalDate asOf) {
    if (facts.evm() == null || facts.evm().bac() == null || facts.evm().bac().signum() <= 0) {
      return null;
    }
    String month = YearMonth.from(asOf).toString();
    BigDecimal spent = BigDecimal.ZERO;
    for (EvmPeriod p : facts.evm().periods()) {
      if (p.period().compareTo(month) <= 0 && p.actual() != null) {
        spent = spent.add(p.actual());
      }
    }
    return Figure.single(
        spent.multiply(BigDecimal.valueOf(100)).divide(facts.evm().bac(), 4, RoundingMode.HALF_UP));
  }

  /** Due by {@code asOf} (baseline on or before it) or completed by then. */
  private static boolean counted(MilestoneDates m, LocalDate asOf) {
    return !m.baseline().isAfter(asOf) || completedBy(m, asOf);
  }

  private static boolean completedBy(MilestoneDates m, LocalDate asOf) {
    return m.completed() != null && !m.completed().isAfter(asOf);
  }

  private static Figure slip(ProjectFacts facts, LocalDate asOf) {
    long days = 0;
    long count = 0;
    for (MilestoneDates m : facts.milestones()) {
      if (counted(m, asOf)) {
        LocalDate end = completedBy(m, asOf) ? m.completed() : asOf;
        days += ChronoUnit.DAYS.between(m.baseline(), end);
        count++;
      }
    }
    return count == 0 ? null : Figure.of(days, count);
  }

  private static Figure onTime(ProjectFacts facts, LocalDate asOf) {
    long onTime = 0;
    long count = 0;
    for (MilestoneDates m : facts.milestones()) {
      if (counted(m, asOf)) {
        count++;
        if (completedBy(m, asOf) && !m.completed().isAfter(m.baseline())) {
          onTime++;
        }
      }
    }
    return count == 0 ? null : Figure.of(onTime, count);
  }

  private static Figure punctuality(ProjectFacts facts, LocalDate asOf, ZoneId zone) {
    LocalDate from = asOf.minusDays(REPORT_WINDOW_DAYS);
    long onTime = 0;
    long due = 0;
    for (ReportDeadline r : facts.reports()) {
      if (r.dueDate().isAfter(from) && !r.dueDate().isAfter(asOf)) {
        due++;
        if (r.submittedAt() != null
            && !LocalDate.ofInstant(r.submittedAt(), zone).isAfter(r.dueDate())) {
          onTime++;
        }
      }
    }
    return due == 0 ? null : Figure.of(onTime, due);
  }

  /**
   * High risks raised by {@code asOf} and open now: the log keeps no closing date, so for a past
   * month this counts only the risks that are still open today.
   */
  private static Figure highRisks(ProjectFacts facts, LocalDate asOf, ZoneId zone) {
    long count =
        facts.risks().stream()
            .filter(RiskFact::open)
            .filter(r -> r.level() == RiskLevel.HIGH)
            .filter(r -> !LocalDate.ofInstant(r.raisedAt(), zone).isAfter(asOf))
            .count();
    return Figure.of(count, 1);
  }

  /**
   * Reviews decided by {@code asOf} and those still waiting then for longer than {@value
   * #GATE_DECISION_DAYS} days; on time: decided within that many days of the request.
   */
  private static Figure gates(ProjectFacts facts, LocalDate asOf, ZoneId zone) {
    long onTime = 0;
    long count = 0;
    for (GateReviewFact r : facts.reviews()) {
      LocalDate requested = LocalDate.ofInstant(r.requestedAt(), zone);
      if (requested.isAfter(asOf)) {
        continue;
      }
      LocalDate decided = r.decidedAt() == null ? null : LocalDate.ofInstant(r.decidedAt(), zone);
      boolean decidedBy = decided != null && !decided.isAfter(asOf);
      long waited = ChronoUnit.DAYS.between(requested, decidedBy ? decided : asOf);
      if (decidedBy) {
        count++;
        if (waited <= GATE_DECISION_DAYS) {
          onTime++;
        }
      } else if (waited > GATE_DECISION_DAYS) {
        count++;
      }
    }
    return count == 0 ? null : Figure.of(onTime, count);
  }
}
