package org.cairnpmo.control.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.control.IssueSeverity;
import org.cairnpmo.control.IssueStatus;
import org.cairnpmo.control.RiskLevel;
import org.cairnpmo.control.RiskStatus;
import org.cairnpmo.control.StatusMetricsProvider;
import org.cairnpmo.engine.finance.EarnedValueSnapshot;
import org.cairnpmo.projects.ProjectView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Measures a project for its rating rules: from its RAID log (open risks by score, overdue and
 * severe issues), its plan (days to the planned finish) and, where a {@link StatusMetricsProvider}
 * knows it, its earned value (SPI and CPI, to two decimals as people read them).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class StatusMetricsService {

  private static final Logger log = LoggerFactory.getLogger(StatusMetricsService.class);

  private final RiskRepository risks;
  private final IssueRepository issues;
  private final ObjectProvider<StatusMetricsProvider> providers;

  @Transactional(readOnly = true)
  public StatusMetrics measure(ProjectView project, LocalDate asOf) {
    Map<RatingMetric, BigDecimal> values = new EnumMap<>(RatingMetric.class);
    List<Integer> scores = risks.scores(project.id(), RiskStatus.OPEN);
    values.put(
        RatingMetric.OPEN_HIGH_RISKS,
        BigDecimal.valueOf(scores.stream().filter(s -> s > RiskLevel.MEDIUM_MAX).count()));
    values.put(
        RatingMetric.OPEN_MEDIUM_OR_HIGH_RISKS,
        BigDecimal.valueOf(scores.stream().filter(s -> s > RiskLevel.LOW_MAX).count()));
    values.put(
        RatingMetric.HIGHEST_OPEN_RISK_SCORE,
        BigDecimal.valueOf(scores.stream().mapToInt(Integer::intValue).max().orElse(0)));
    values.put(
        RatingMetric.OVERDUE_ISSUES,
        BigDecimal.valueOf(issues.countOverdue(project.id(), IssueStatus.OPEN, asOf)));
    values.put(
        RatingMetric.OPEN_CRITICAL_ISSUES,
        BigDecimal.valueOf(
            issues.countByProjectIdAndStatusAndSeverityIn(
                project.id(),
                IssueStatus.OPEN,
                EnumSet.of(IssueSeverity.HIGH, IssueSeverity.CRITICAL))));
    if (project.plannedFinish() != null) {
      values.put(
          RatingMetric.DAYS_TO_PLANNED_FINISH,
          BigDecimal.valueOf(ChronoUnit.DAYS.between(asOf, project.plannedFinish())));
    }
    earnedValue(project.id(), asOf)
        .ifPresent(
            ev -> {
              ev.spi().ifPresent(spi -> values.put(RatingMetric.SPI, twoDecimals(spi)));
              ev.cpi().ifPresent(cpi -> values.put(RatingMetric.CPI, twoDecimals(cpi)));
            });
    return new StatusMetrics(asOf, values);
  }

  private Optional<EarnedValueSnapshot> earnedValue(long projectId, LocalDate asOf) {
    for (StatusMetricsProvider provider : providers.orderedStream().toList()) {
      try {
        Optional<EarnedValueSnapshot> snapshot = provider.earnedValue(projectId, asOf);
        if (snapshot != null && snapshot.isPresent()) {
          return snapshot;
        }
      } catch (RuntimeException e) {
        // A broken provider must not stop anybody from writing their report.
        log.warn("Earned value of project {} is unavailable: {}", projectId, e.getMessage());
      }
    }
    return Optional.empty();
  }

  private static BigDecimal twoDecimals(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }
}
