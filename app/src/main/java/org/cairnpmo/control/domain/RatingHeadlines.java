package org.cairnpmo.control.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.control.Rag;
import org.cairnpmo.control.RatingDimension;
import org.cairnpmo.control.RatingHeadline;
import org.cairnpmo.control.StatusReportView;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.projects.ProjectView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rating a project's overview leads with ({@link RatingHeadline}): the reported one, marked
 * stale once older than a reporting period, beside what today's figures suggest through the PMO's
 * rating rules (the same evaluation a new report starts from).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RatingHeadlines {

  private final ControlAccess access;
  private final StatusReportService reports;
  private final ReportingCadenceRepository cadences;
  private final RatingRuleService rules;
  private final StatusMetricsService metrics;
  private final Clock clock;

  /** The project's headline rating, if {@code viewer} may see the project ("not found" if not). */
  @Transactional(readOnly = true)
  public RatingHeadline headline(long projectId, CurrentUser viewer) {
    ProjectView project = access.project(projectId, viewer);
    LocalDate today = Today.on(clock);
    Optional<ReportingCadence> cadence = cadences.findByProjectId(projectId);
    Optional<StatusReportView> latest =
        reports.latestByProject(List.of(projectId), viewer).values().stream().findFirst();
    Rag reported = latest.map(StatusReportView::overall).orElse(null);
    LocalDate reportedOn = latest.map(StatusReportView::periodEnd).orElse(null);
    boolean stale =
        reportedOn != null && freshUntil(reportedOn, cadence.orElse(null)).isBefore(today);
    StatusMetrics measured = metrics.measure(project, today);
    List<RatingRule> active = rules.activeRules();
    Rag suggested = RatingRules.suggest(active, measured).rating(RatingDimension.OVERALL);
    return new RatingHeadline(
        projectId,
        reported,
        reportedOn,
        reportedOn == null ? 0 : ChronoUnit.DAYS.between(reportedOn, today),
        stale,
        cadence.map(c -> c.getCadence().label()).orElse(null),
        suggested,
        figures(active, measured, suggested));
  }

  /**
   * The last day a rating reported on {@code day} holds: one reporting period later, and the days
   * the next report has after its period.
   */
  static LocalDate freshUntil(LocalDate day, ReportingCadence cadence) {
    if (cadence == null) {
      return day.plusDays(ReportCadences.MAX_AD_HOC_DAYS);
    }
    return cadence.getCadence().start(day, 1).plusDays(cadence.getDueDays());
  }

  /** The figures of the rules that give the suggested rating: "CPI 0.82", "Open high risks: 3". */
  private static List<String> figures(List<RatingRule> rules, StatusMetrics measured, Rag rating) {
    List<String> figures = new ArrayList<>();
    if (rating == null) {
      return figures;
    }
    for (RatingRule rule : rules) {
      BigDecimal value = measured.value(rule.metric()).orElse(null);
      if (value != null && rule.rating() == rating && rule.firesFor(value)) {
        String figure = figure(rule.metric(), value);
        if (!figures.contains(figure)) {
          figures.add(figure);
        }
      }
    }
    return figures;
  }

  static String figure(RatingMetric metric, BigDecimal value) {
    String name = metric.label().replaceAll(" \\(.*\\)$", "");
    String number = value.stripTrailingZeros().toPlainString();
    return name.equals(name.toUpperCase(java.util.Locale.ROOT))
        ? name + " " + number
        : name + ": " + number;
  }
}
