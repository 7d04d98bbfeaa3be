package org.cairnpmo.reporting.overview;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.budgets.BudgetsApi;
import org.cairnpmo.control.ControlApi;
import org.cairnpmo.control.IssueStatus;
import org.cairnpmo.control.IssueView;
import org.cairnpmo.control.RatingDimension;
import org.cairnpmo.control.RiskStatus;
import org.cairnpmo.control.RiskView;
import org.cairnpmo.control.StatusReportView;
import org.cairnpmo.governance.GovernanceApi;
import org.cairnpmo.governance.ProjectGovernanceView;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.reporting.overview.ProjectOverview.DimensionTrend;
import org.cairnpmo.reporting.overview.ProjectOverview.Money;
import org.cairnpmo.reporting.overview.ProjectOverview.Phase;
import org.cairnpmo.reporting.overview.ProjectOverview.Point;
import org.springframework.stereotype.Service;

/**
 * Assembles a project's overview from the public APIs of the modules that own each part, so the
 * overview is as current as their own pages and obeys the same visibility rules.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProjectOverviewService {

  private final ProjectsApi projects;
  private final ControlApi control;
  private final BudgetsApi budgets;
  private final GovernanceApi governance;
  private final Clock clock;

  public ProjectOverview overview(long projectId, CurrentUser viewer) {
    ProjectView project = projects.requireVisible(projectId, viewer);
    List<StatusReportView> delivered =
        control.reports(projectId, viewer).stream().filter(r -> r.status().isDelivered()).toList();
    StatusReportView latest = delivered.isEmpty() ? null : delivered.get(0);

    List<RiskView> openRisks =
        control.risks(projectId, viewer).stream()
            .filter(r -> r.status() == RiskStatus.OPEN)
            .sorted(
                Comparator.comparingInt(RiskView::score)
                    .reversed()
                    .thenComparing(RiskView::id, Comparator.reverseOrder()))
            .toList();
    List<IssueView> openIssues =
        control.issues(projectId, viewer).stream()
            .filter(i -> i.status() == IssueStatus.OPEN)
            .sorted(
                Comparator.comparing((IssueView i) -> i.severity().ordinal())
                    .reversed()
                    .thenComparing(
                        IssueView::dueDate, Comparator.nullsLast(Comparator.naturalOrder())))
            .toList();

    Money money =
        budgets.hasBudget(projectId) ? Money.of(budgets.earnedValue(projectId, viewer)) : null;

    return new ProjectOverview(
        project,
        phase(projectId, viewer),
        latest,
        trends(delivered),
        openRisks,
        openIssues,
        control.milestones(projectId, viewer),
        money,
        clock.instant());
  }

  private Phase phase(long projectId, CurrentUser viewer) {
    return governance
        .projectLifecycle(projectId, viewer)
        .map(
            g -> {
              ProjectGovernanceView.GateView gate = g.currentGate();
              return new Phase(
                  g.lifecycleName(),
                  gate == null ? null : gate.phaseName(),
                  gate == null ? null : gate.gateName(),
                  g.status().label());
            })
        .orElse(null);
  }

  /** The last delivered reports' ratings per dimension, oldest first. */
  static List<DimensionTrend> trends(List<StatusReportView> deliveredNewestFirst) {
    List<StatusReportView> recent =
        new ArrayList<>(
            deliveredNewestFirst.subList(
                0, Math.min(ProjectOverview.TREND_REPORTS, deliveredNewestFirst.size())));
    java.util.Collections.reverse(recent);
    if (recent.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(RatingDimension.values())
        .map(
            d ->
                new DimensionTrend(
                    d,
                    recent.stream()
                        .map(r -> new Point(r.periodEnd(), r.rating(d).rating()))
                        .toList()))
        .toList();
  }
}
