package org.cairnpmo.control.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.control.ProjectControlChanged;
import org.cairnpmo.control.ReportStatus;
import org.cairnpmo.control.StatusReportSubmitted;
import org.cairnpmo.control.StatusReportView;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.projects.ProjectView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Status reports: the suggested ratings, writing, submitting and reviewing reports, and reading
 * them (a project's history with the trend of each rating, the latest ones, the review queue). The
 * cadence is {@link ReportCadences}'s, the overdue reports {@link OverdueReports}'. Only active
 * projects owe reports.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class StatusReportService {

  private final StatusReportRepository reports;
  private final ReportCadences cadences;
  private final ReportViews views;
  private final RatingRuleService rules;
  private final StatusMetricsService metrics;
  private final ControlAccess access;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  // ---------------------------------------------------------------- suggestions

  @Transactional(readOnly = true)
  public SuggestedRatings suggestions(long projectId, CurrentUser viewer) {
    return suggest(access.project(projectId, viewer), Today.on(clock));
  }

  private SuggestedRatings suggest(ProjectView project, LocalDate today) {
    return rules.suggest(metrics.measure(project, today));
  }

  // ---------------------------------------------------------------- reading

  /** A project's reports, newest period first, each with the trend against the previous one. */
  @Transactional(readOnly = true)
  public Page<StatusReportView> list(
      long projectId, ReportStatus status, int page, int size, CurrentUser viewer) {
    ProjectView project = access.project(projectId, viewer);
    PageRequest request =
        Paging.request(
            page,
            size,
            org.springframework.data.domain.Sort.by("periodStart")
                .descending()
                .and(org.springframework.data.domain.Sort.by("id").descending()));
    Page<StatusReport> found =
        status == null
            ? reports.findByProjectId(projectId, request)
            : reports.findByProjectIdAndStatus(projectId, status, request);
    if (found.isEmpty()) {
      return found.map(r -> (StatusReportView) null);
    }
    // The trend compares each report with the delivered one before it, which may be on another
    // page or left out by the filter: read the delivered reports from the one before this page's
    // oldest up to its newest.
    List<StatusReport> ascending = new ArrayList<>(found.getContent());
    Collections.reverse(ascending);
    LocalDate oldest = ascending.get(0).getPeriodStart();
    LocalDate newest = ascending.get(ascending.size() - 1).getPeriodStart();
    TreeMap<LocalDate, StatusReport> delivered = new TreeMap<>();
    reports
        .findFirstByProjectIdAndStatusInAndPeriodStartLessThanOrderByPeriodStartDesc(
            projectId, DELIVERED, oldest)
        .ifPresent(r -> delivered.put(r.getPeriodStart(), r));
    reports
        .findByProjectIdAndStatusInAndPeriodStartBetween(projectId, DELIVERED, oldest, newest)
        .forEach(r -> delivered.put(r.getPeriodStart(), r));
    LocalDate today = Today.on(clock);
    Map<Long, StatusReportView> byId = new HashMap<>();
    for (StatusReport report : ascending) {
      Map.Entry<LocalDate, StatusReport> before = delivered.lowerEntry(report.getPeriodStart());
      byId.put(
          report.getId(),
          views.view(project, report, before == null ? null : before.getValue(), viewer, today));
    }
    return found.map(r -> byId.get(r.getId()));
  }

  private static final Set<ReportStatus> DELIVERED =
      EnumSet.of(ReportStatus.SUBMITTED, ReportStatus.REVIEWED);

  @Transactional(readOnly = true)
  public StatusReportView get(long projectId, long reportId, CurrentUser viewer) {
    return allReports(projectId, viewer).stream()
        .filter(r -> r.id() == reportId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Status report", reportId));
  }

  /** The latest submitted or reviewed report of the project, if any. */
  @Transactional(readOnly = true)
  public Optional<StatusReportView> latest(long projectId, CurrentUser viewer) {
    return allReports(projectId, viewer).stream().filter(r -> r.status().isDelivered()).findFirst();
  }

  /** Every report of the project, newest first, each with its trend. */
  private List<StatusReportView> allReports(long projectId, CurrentUser viewer) {
    ProjectView project = access.project(projectId, viewer);
    return views.views(
        project, reports.findByProjectIdOrderByPeriodStartAsc(projectId), viewer, Today.on(clock));
  }

  /** Submitted reports waiting for the PMO, oldest submission first (empty for others). */
  @Transactional(readOnly = true)
  public List<StatusReportView> awaitingReview(CurrentUser viewer) {
    return awaitingReview(viewer, Integer.MAX_VALUE);
  }

  /** The {@code limit} oldest submitted reports waiting for the PMO (empty for others). */
  @Transactional(readOnly = true)
  public List<StatusReportView> awaitingReview(CurrentUser viewer, int limit) {
    if (!ControlAccess.mayReview(viewer)) {
      return List.of();
    }
    // Reviewers see every project, so the oldest ones are the ones shown.
    List<StatusReport> shown =
        limit == Integer.MAX_VALUE
            ? reports.findByStatusOrderBySubmittedAtAsc(ReportStatus.SUBMITTED)
            : reports.findByStatusOrderBySubmittedAtAscIdAsc(
                ReportStatus.SUBMITTED, org.springframework.data.domain.Limit.of(limit));
    return views.viewsOf(shown, viewer).stream()
        .sorted(Comparator.comparing(StatusReportView::submittedAt))
        .toList();
  }

  /** One page of the submitted reports waiting for the PMO, oldest first (empty for others). */
  @Transactional(readOnly = true)
  public Page<StatusReportView> awaitingReview(CurrentUser viewer, int page, int size) {
    PageRequest request =
        Paging.request(
            page, size, org.springframework.data.domain.Sort.by("submittedAt", "id").ascending());
    if (!ControlAccess.mayReview(viewer)) {
      return Page.empty(request);
    }
    Page<StatusReport> found = reports.findByStatus(ReportStatus.SUBMITTED, request);
    return new PageImpl<>(
        views.viewsOf(found.getContent(), viewer), request, found.getTotalElements());
  }

  /** How many submitted reports wait for the PMO (0 for others). */
  @Transactional(readOnly = true)
  public long awaitingReviewCount(CurrentUser viewer) {
    return ControlAccess.mayReview(viewer) ? reports.countByStatus(ReportStatus.SUBMITTED) : 0;
  }

  // ---------------------------------------------------------------- writing

  /** Starts a report (and submits it at once when {@code submit}); all or nothing. */
  @Transactional
  public StatusReportView create(
      long projectId, StatusReportData data, boolean submit, CurrentUser author) {
    ProjectView project = access.openForReports(projectId, author);
    LocalDate today = Today.on(clock);
    ReportPeriod period = cadences.periodFor(project, data, today);
    if (reports.existsByProjectIdAndPeriodStart(projectId, period.start())) {
      throw new BusinessRuleException(
          "report-exists",
          "There already is a report for the period starting "
              + period.start()
              + "; open it instead of starting another.");
    }
    Instant now = clock.instant();
    StatusReport report =
        StatusReport.draft(
            projectId, period, data, suggest(project, today), author.username(), now);
    if (submit) {
      report.submit(author.username(), now);
    }
    report = reports.saveAndFlush(report);
    if (submit) {
      reportChanged(projectId);
      submitted(report);
    }
    return get(projectId, report.getId(), author);
  }

  /** Changes a draft (its period stays) and submits it when {@code submit}; all or nothing. */
  @Transactional
  public StatusReportView update(
      long projectId,
      long reportId,
      StatusReportData data,
      long expectedVersion,
      boolean submit,
      CurrentUser author) {
    ProjectView project = access.openForReports(projectId, author);
    StatusReport report = find(projectId, reportId, expectedVersion);
    Instant now = clock.instant();
    report.revise(data, suggest(project, Today.on(clock)), author.username(), now);
    if (submit) {
      report.submit(author.username(), now);
    }
    reports.saveAndFlush(report);
    if (submit) {
      reportChanged(projectId);
      submitted(report);
    }
    return get(projectId, reportId, author);
  }

  @Transactional
  public StatusReportView submit(
      long projectId, long reportId, long expectedVersion, CurrentUser author) {
    ProjectView project = access.openForReports(projectId, author);
    StatusReport report = find(projectId, reportId, expectedVersion);
    report.submit(author.username(), clock.instant());
    reports.saveAndFlush(report);
    reportChanged(projectId);
    submitted(report);
    return get(projectId, reportId, author);
  }

  @Transactional
  public StatusReportView review(
      long projectId, long reportId, ReviewData data, long expectedVersion, CurrentUser reviewer) {
    ControlAccess.requireReviewer(reviewer);
    access.project(projectId, reviewer).requireChangeable();
    StatusReport report = find(projectId, reportId, expectedVersion);
    Instant now = clock.instant();
    if (data.outcome() == ReviewData.Outcome.RETURNED) {
      report.returnToDraft(data.comment(), reviewer.username(), now);
    } else {
      report.review(data.comment(), reviewer.username(), now);
    }
    reports.saveAndFlush(report);
    reportChanged(projectId);
    return get(projectId, reportId, reviewer);
  }

  /** Read models (the portfolio dashboard) refresh the project once the change commits. */
  private void reportChanged(long projectId) {
    events.publishEvent(new ProjectControlChanged(projectId, "report"));
  }

  /** Listeners of this one step (outgoing webhooks) hear it once the change commits. */
  private void submitted(StatusReport report) {
    events.publishEvent(
        new StatusReportSubmitted(
            report.getProjectId(),
            report.getId(),
            report.getPeriodStart(),
            report.getPeriodEnd(),
            report.getSubmittedBy(),
            report.getSubmittedAt()));
  }

  private StatusReport find(long projectId, long reportId, long expectedVersion) {
    StatusReport report =
        reports
            .findByIdAndProjectId(reportId, projectId)
            .orElseThrow(() -> new NotFoundException("Status report", reportId));
    report.requireVersion(expectedVersion, "Status report " + reportId);
    return report;
  }

  /** The latest delivered report per project among {@code projectIds} (for dashboards). */
  @Transactional(readOnly = true)
  public Map<Long, StatusReportView> latestByProject(
      java.util.Collection<Long> projectIds, CurrentUser viewer) {
    Map<Long, StatusReportView> latest = new LinkedHashMap<>();
    if (projectIds.isEmpty()) {
      return latest;
    }
    Map<Long, List<StatusReport>> byProject =
        reports.findByProjectIdInOrderByPeriodStartAsc(projectIds).stream()
            .collect(Collectors.groupingBy(StatusReport::getProjectId));
    LocalDate today = Today.on(clock);
    for (Long projectId : projectIds) {
      access
          .find(projectId, viewer)
          .flatMap(
              p ->
                  views
                      .views(p, byProject.getOrDefault(projectId, List.of()), viewer, today)
                      .stream()
                      .filter(v -> v.status().isDelivered())
                      .findFirst())
          .ifPresent(v -> latest.put(projectId, v));
    }
    return latest;
  }
}
