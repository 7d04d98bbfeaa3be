package org.cairnpmo.control.web;

import java.util.List;
import org.cairnpmo.control.domain.ControlAccess;
import org.cairnpmo.control.domain.DueReport;
import org.cairnpmo.control.domain.OverdueReport;
import org.cairnpmo.control.domain.OverdueReports;
import org.cairnpmo.control.domain.StatusReportService;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.ViewerHomePanel;
import org.cairnpmo.platform.HomePanel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The home page's "Reports due" panel: for a manager, the reports of their projects that are due or
 * overdue; for the PMO, also how many reports wait for review and how many are overdue in all. Left
 * out for people with nothing to report or review.
 */
@Configuration(proxyBeanMethods = false)
class ReportsHomePanel {

  @Bean
  HomePanel reportsPanel(
      StatusReportService reports,
      OverdueReports dueReports,
      IdentityApi identity,
      ControlFormat fmt) {
    // After "my projects" (10), before governance (20), where it showed when both had 20.
    return ViewerHomePanel.of(
        identity, 15, "control/home-panel", viewer -> model(reports, dueReports, fmt, viewer));
  }

  static Model model(
      StatusReportService reports,
      OverdueReports dueReports,
      ControlFormat fmt,
      CurrentUser viewer) {
    List<DueReport> current = dueReports.currentPeriods(viewer);
    boolean reviewer = ControlAccess.mayReview(viewer);
    List<OverdueReport> overdue = dueReports.overdue(viewer, reviewer ? null : viewer.id());
    List<OverdueReport> mine = overdue.stream().filter(o -> o.isManagedBy(viewer.id())).toList();
    int awaiting = (int) reports.awaitingReviewCount(viewer);
    if (current.isEmpty() && mine.isEmpty() && !reviewer) {
      return null;
    }
    return new Model(
        current.stream().filter(d -> d.status() == null || !d.status().isDelivered()).toList(),
        mine.stream().limit(6).toList(),
        mine.size(),
        reviewer,
        awaiting,
        overdue.size(),
        fmt);
  }

  /** What the panel shows. */
  public record Model(
      List<DueReport> dueNow,
      List<OverdueReport> myOverdue,
      int myOverdueCount,
      boolean reviewer,
      int awaitingReview,
      int overdueTotal,
      ControlFormat fmt) {}
}
