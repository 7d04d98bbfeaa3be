package org.cairnpmo.control;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.cairnpmo.control.domain.MilestoneService;
import org.cairnpmo.control.domain.RaidService;
import org.cairnpmo.control.domain.StatusReportService;
import org.cairnpmo.identity.CurrentUser;
import org.springframework.stereotype.Service;

/** What other modules (dashboards, exports) may ask of project control. */
@Service
public class ControlApi {

  private final StatusReportService reports;
  private final RaidService raid;
  private final MilestoneService milestones;

  ControlApi(StatusReportService reports, RaidService raid, MilestoneService milestones) {
    this.reports = reports;
    this.raid = raid;
    this.milestones = milestones;
  }

  /** The project's latest submitted or reviewed report, if {@code viewer} may see the project. */
  public Optional<StatusReportView> latestReport(long projectId, CurrentUser viewer) {
    return reports.latestByProject(java.util.List.of(projectId), viewer).values().stream()
        .findFirst();
  }

  /** The latest submitted or reviewed report per project, for the projects {@code viewer} sees. */
  public Map<Long, StatusReportView> latestReports(
      Collection<Long> projectIds, CurrentUser viewer) {
    return reports.latestByProject(projectIds, viewer);
  }

  /** Open risks of the live projects {@code viewer} may see on the 5×5 grid. */
  public HeatMap portfolioHeatMap(CurrentUser viewer) {
    return raid.portfolioHeatMap(viewer);
  }

  /** The project's RAID log at a glance. */
  public RaidSummary raidSummary(long projectId, CurrentUser viewer) {
    return raid.summary(projectId, viewer);
  }

  /**
   * The next open milestone (earliest forecast date among those not completed) of each of the given
   * projects that has one. Callers check visibility themselves; this answers for any project.
   */
  public Map<Long, MilestoneView> nextMilestones(Collection<Long> projectIds) {
    return milestones.next(projectIds);
  }

  /** The project's milestones by forecast date, if {@code viewer} may see the project. */
  public java.util.List<MilestoneView> milestones(long projectId, CurrentUser viewer) {
    return milestones.list(projectId, viewer);
  }

  /** Every report of the project {@code viewer} may see (drafts included), newest period first. */
  public java.util.List<StatusReportView> reports(long projectId, CurrentUser viewer) {
    return all(p -> reports.list(projectId, null, p, StatusReportService.MAX_PAGE_SIZE, viewer));
  }

  /** All of the project's risks, highest score first. */
  public java.util.List<RiskView> risks(long projectId, CurrentUser viewer) {
    return all(p -> raid.risks(projectId, null, null, null, p, RaidService.MAX_PAGE_SIZE, viewer));
  }

  /** All of the project's issues, earliest due date first. */
  public java.util.List<IssueView> issues(long projectId, CurrentUser viewer) {
    return all(p -> raid.issues(projectId, null, null, p, RaidService.MAX_PAGE_SIZE, viewer));
  }

  /** All of the project's assumptions, newest first. */
  public java.util.List<AssumptionView> assumptions(long projectId, CurrentUser viewer) {
    return all(p -> raid.assumptions(projectId, null, p, RaidService.MAX_PAGE_SIZE, viewer));
  }

  /** All of the project's decisions, newest first. */
  public java.util.List<DecisionView> decisions(long projectId, CurrentUser viewer) {
    return all(p -> raid.decisions(projectId, p, RaidService.MAX_PAGE_SIZE, viewer));
  }

  /** All dependencies the project logged, earliest need-by date first. */
  public java.util.List<DependencyView> dependencies(long projectId, CurrentUser viewer) {
    return all(p -> raid.dependencies(projectId, null, p, RaidService.MAX_PAGE_SIZE, viewer));
  }

  /**
   * Everything escalated to the portfolio, newest first. Throws {@link
   * org.springframework.security.access.AccessDeniedException} unless {@code viewer} sees the whole
   * portfolio (PMO, executives, administrators).
   */
  public java.util.List<EscalatedItem> escalated(CurrentUser viewer) {
    return raid.escalated(viewer);
  }

  private static <T> java.util.List<T> all(
      java.util.function.IntFunction<org.springframework.data.domain.Page<T>> pages) {
    java.util.List<T> result = new java.util.ArrayList<>();
    org.springframework.data.domain.Page<T> page;
    int number = 0;
    do {
      page = pages.apply(number++);
      result.addAll(page.getContent());
    } while (page.hasNext());
    return result;
  }
}
