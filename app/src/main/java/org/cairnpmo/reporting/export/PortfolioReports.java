package org.cairnpmo.reporting.export;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cairnpmo.control.ControlApi;
import org.cairnpmo.control.EscalatedItem;
import org.cairnpmo.control.Rag;
import org.cairnpmo.control.RaidKind;
import org.cairnpmo.control.RatingDimension;
import org.cairnpmo.control.StatusReportView;
import org.cairnpmo.governance.BoardView;
import org.cairnpmo.governance.GovernanceApi;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.reporting.dashboard.DashboardColumn;
import org.cairnpmo.reporting.dashboard.DashboardFilter;
import org.cairnpmo.reporting.dashboard.DashboardQuery;
import org.cairnpmo.reporting.dashboard.DashboardRow;
import org.cairnpmo.reporting.dashboard.DashboardSort;
import org.cairnpmo.reporting.dashboard.DashboardSummary;
import org.springframework.stereotype.Component;

/**
 * Gathers the portfolio documents from the dashboard's read model (rows, totals) and, for the few
 * projects the executive summary names, the owning modules' public APIs (the reason a project is
 * red, escalations, the governance board's agenda).
 */
@Component
record PortfolioReports(
    DashboardQuery dashboard, ControlApi control, GovernanceApi governance, Clock clock) {

  /** Projects a PDF lists; beyond that a printed table stops being read. */
  static final int PDF_ROWS = 500;

  /** Projects a workbook lists: the scale the dashboard is built for, twice over. */
  static final int XLSX_ROWS = 20_000;

  PortfolioReport report(PortfolioParams params, int limit, CurrentUser viewer) {
    DashboardSummary summary = dashboard.summary(params.filter(), viewer);
    List<DashboardRow> rows = dashboard.rows(params.filter(), params.sort(), limit, viewer);
    return new PortfolioReport(
        params.describe(dashboard.options(viewer)),
        params.sort().column().key() + (params.sort().descending() ? ", descending" : ""),
        summary,
        rows,
        clock.instant());
  }

  ExecutiveSummary summary(PortfolioParams params, CurrentUser viewer) {
    DashboardFilter filter = params.filter();
    List<DashboardFilter> parts = new ArrayList<>();
    List<ExecutiveSummary.Part> totals = new ArrayList<>();
    for (Part part : Part.values()) {
      Set<ProjectStatus> statuses = EnumSet.copyOf(part.statuses);
      if (!filter.statuses().isEmpty()) {
        statuses.retainAll(filter.statuses());
      }
      if (!statuses.isEmpty()) {
        DashboardFilter inPart = filter.withStatuses(statuses);
        DashboardSummary partTotals = dashboard.summary(inPart, viewer);
        if (parts.isEmpty() || partTotals.projects() > 0) {
          parts.add(inPart);
          totals.add(new ExecutiveSummary.Part(part.label, partTotals));
        }
      }
    }
    DashboardSummary summary = totals.get(0).summary();

    List<ExecutiveSummary.RedProject> red = new ArrayList<>();
    long redCount = 0;
    if (filter.rag() == null || filter.rag() == Rag.RED) {
      DashboardFilter reds = parts.get(0).withRag(Rag.RED);
      // The red projects with the most money at stake first.
      List<DashboardRow> top =
          dashboard.rows(
              reds,
              new DashboardSort(DashboardColumn.BUDGET, true),
              ExecutiveSummary.TOP_RED,
              viewer);
      Map<Long, StatusReportView> latest =
          control.latestReports(top.stream().map(DashboardRow::projectId).toList(), viewer);
      for (DashboardRow row : top) {
        StatusReportView report = latest.get(row.projectId());
        red.add(
            new ExecutiveSummary.RedProject(
                row,
                redOn(row),
                report == null ? null : shorten(report.summary()),
                report == null ? null : shorten(report.decisionsNeeded())));
      }
      redCount = summary.red();
    }

    Set<Long> inSet = filter.isEmpty() ? null : ids(filter, viewer);
    List<EscalatedItem> escalations = null;
    int escalationCount = 0;
    if (viewer.seesAllProjects()) {
      List<EscalatedItem> all =
          control.escalated(viewer).stream()
              .filter(e -> e.kind() == RaidKind.RISK || e.kind() == RaidKind.ISSUE)
              .filter(e -> inSet == null || inSet.contains(e.projectId()))
              .toList();
      escalationCount = all.size();
      escalations = all.subList(0, Math.min(ExecutiveSummary.TOP_ESCALATIONS, all.size()));
    }

    BoardView board = governance.board(viewer);
    List<BoardView.PendingReview> pending =
        board.pending().stream()
            .filter(p -> inSet == null || inSet.contains(p.projectId()))
            .sorted((a, b) -> Long.compare(b.waitingDays(), a.waitingDays()))
            .toList();
    int overdue =
        (int)
            board.overdue().stream()
                .filter(o -> inSet == null || inSet.contains(o.projectId()))
                .count();

    return new ExecutiveSummary(
        params.describe(dashboard.options(viewer)),
        totals.get(0),
        totals.subList(1, totals.size()),
        red,
        redCount,
        escalations,
        escalationCount,
        pending.subList(0, Math.min(ExecutiveSummary.TOP_PENDING, pending.size())),
        pending.size(),
        overdue,
        clock.instant());
  }

  /**
   * The parts of a selection the executive summary sums apart, in the order it shows them: work
   * under way first, so that proposals and finished projects (mostly never rated) never dilute its
   * ratings and money.
   */
  enum Part {
    ACTIVE("Active portfolio (active, on hold)", ProjectStatus.ACTIVE, ProjectStatus.ON_HOLD),
    PROPOSED("Proposed", ProjectStatus.PROPOSED),
    FINISHED("Finished (closed, cancelled)", ProjectStatus.CLOSED, ProjectStatus.CANCELLED);

    private final String label;
    private final Set<ProjectStatus> statuses;

    Part(String label, ProjectStatus... statuses) {
      this.label = label;
      this.statuses = Set.of(statuses);
    }
  }

  /**
   * The projects an executive summary carries data of, for the audit log: every project of the
   * selection (its totals sum them all) and every one it names (red, escalated, waiting for the
   * board).
   */
  Set<Long> projectsOf(ExecutiveSummary summary, PortfolioParams params, CurrentUser viewer) {
    Set<Long> covered = ids(params.filter(), viewer);
    summary.red().forEach(r -> covered.add(r.row().projectId()));
    if (summary.escalations() != null) {
      summary.escalations().forEach(e -> covered.add(e.projectId()));
    }
    summary.pending().forEach(p -> covered.add(p.projectId()));
    return covered;
  }

  private Set<Long> ids(DashboardFilter filter, CurrentUser viewer) {
    Set<Long> ids = new HashSet<>();
    for (DashboardRow row : dashboard.rows(filter, DashboardSort.DEFAULT, XLSX_ROWS, viewer)) {
      ids.add(row.projectId());
    }
    return ids;
  }

  /** The dimensions rated red, in words: "schedule, cost". */
  static String redOn(DashboardRow row) {
    List<String> dimensions = new ArrayList<>();
    for (RatingDimension dimension : RatingDimension.values()) {
      if (dimension != RatingDimension.OVERALL && row.rating(dimension).rag() == Rag.RED) {
        dimensions.add(dimension.field());
      }
    }
    return String.join(", ", dimensions);
  }

  /** A text on one line, cut to what a one-page summary can hold. */
  static String shorten(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String flat = text.strip().replaceAll("\\s+", " ");
    return flat.length() <= 220 ? flat : flat.substring(0, 217) + "...";
  }
}
