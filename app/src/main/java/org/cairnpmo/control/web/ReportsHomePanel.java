package org.cairnpmo.control.web;

import java.util.List;
import org.cairnpmo.control.domain.ControlAccess;
import org.cairnpmo.control.domain.DueReport;
import org.cairnpmo.control.domain.OverdueReport;
import org.cairnpmo.control.domain.OverdueReports;
import org.cairnpmo.control.domain.StatusReportService;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.platform.HomePanel;
import org.springframework.stereotype.Component;

/**
 * The home page's "Reports due" panel: for a manager, the reports of their projects that are due or
 * overdue; for the PMO, also how many reports wait for review and how many are overdue in all. Left
 * out for people with nothing to report or review.
 */
@Component
class ReportsHomePanel implements HomePanel {

  private final StatusReportService reports;
  private final OverdueReports dueReports;
  private final IdentityApi identity;
  private final ControlFormat fmt;

  ReportsHomePanel(
      StatusReportService reports,
      OverdueReports dueReports,
      IdentityApi identity,
      ControlFormat fmt) {
    this.fmt = fmt;
    this.reports = reports;
    this.dueReports = dueReports;
    this.identity = identity;
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public String template() {
    return "control/home-panel";
  }

  @Override
  public Object model() {
    return identity.currentUser().map(this::model).orElse(null);
  }

  private Model model(CurrentUser viewer) {
    List<DueReport> current = dueReports.currentPeriods(viewer);
    boolean reviewer = ControlAccess.mayReview(viewer);
    List<OverdueReport> overdue = dueReports.overdue(viewer, reviewer ? null : viewer.id());
    List<OverdueReport> mine =
        overdue.stream()
            .filter(o -> o.managerId() != null && o.managerId() == viewer.id())
            .toList();
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
