package org.cairnpmo.reporting.home;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.budgets.BudgetsApi;
import org.cairnpmo.budgets.BudgetsApi.Financials;
import org.cairnpmo.control.ControlApi;
import org.cairnpmo.control.ControlApi.LatestRatings;
import org.cairnpmo.control.Rag;
import org.cairnpmo.control.RatingDimension;
import org.cairnpmo.control.StatusReportView;
import org.cairnpmo.governance.BoardView;
import org.cairnpmo.governance.GovernanceApi;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.reporting.dashboard.DashboardCharts.MonthTotal;
import org.cairnpmo.reporting.dashboard.DashboardColumn;
import org.cairnpmo.reporting.dashboard.DashboardFilter;
import org.cairnpmo.reporting.dashboard.DashboardQuery;
import org.cairnpmo.reporting.dashboard.DashboardRow;
import org.cairnpmo.reporting.dashboard.DashboardSort;
import org.cairnpmo.reporting.dashboard.DashboardSummary;
import org.cairnpmo.reporting.home.ExecutiveBrief.Money;
import org.cairnpmo.reporting.home.ExecutiveBrief.Ratings;
import org.cairnpmo.reporting.home.ExecutiveBrief.Troubled;
import org.springframework.stereotype.Service;

/**
 * Composes the executive's brief from the dashboard's read model (counts, rows, money by month)
 * and, for the projects it names, the owning modules' public APIs: the latest reports' reasons
 * (control), the forecast at completion (budgets) and the board's agenda (governance).
 *
 * <p>"A month ago" for ratings is read from each project's two latest delivered reports: a project
 * whose latest report is older than a month had the same rating then; otherwise it had the rating
 * of the report before (none: not rated). With a monthly cadence that is exact; with a weekly one
 * it shows the last change rather than four reports back. Money a month ago is the actual cost
 * booked for the months before the month that day falls in: costs are booked by month, and on that
 * day its own month was not booked yet.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ExecutiveBriefs {

  /** The most projects whose figures the brief adds up: the scale the dashboard is built for. */
  static final int MAX_PROJECTS = 20_000;

  private final DashboardQuery dashboard;
  private final ControlApi control;
  private final BudgetsApi budgets;
  private final GovernanceApi governance;
  private final Clock clock;

  public ExecutiveBrief brief(CurrentUser viewer) {
    DashboardFilter active = DashboardFilter.activePortfolio();
    DashboardSummary summary = dashboard.summary(active, viewer);
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
    LocalDate since = today.minusMonths(1);

    List<DashboardRow> troubledRows = new ArrayList<>();
    DashboardSort byBudget = new DashboardSort(DashboardColumn.BUDGET, true);
    for (Rag rag : List.of(Rag.RED, Rag.AMBER)) {
      int room = ExecutiveBrief.SHOWN - troubledRows.size();
      troubledRows.addAll(dashboard.rows(active.withRag(rag), byBudget, room, viewer));
    }
    Map<Long, StatusReportView> reports =
        control.latestReports(troubledRows.stream().map(DashboardRow::projectId).toList(), viewer);
    List<Troubled> troubled =
        troubledRows.stream().map(r -> troubled(r, reports.get(r.projectId()))).toList();

    List<DashboardRow> all = dashboard.rows(active, DashboardSort.DEFAULT, MAX_PROJECTS, viewer);
    List<Long> ids = all.stream().map(DashboardRow::projectId).toList();

    List<BoardView.PendingReview> decisions =
        governance.board(viewer).pending().stream()
            .filter(BoardView.PendingReview::viewerMayDecide)
            .sorted((a, b) -> Long.compare(b.waitingDays(), a.waitingDays()))
            .toList();

    return new ExecutiveBrief(
        summary.projects(),
        troubled,
        summary.red() + summary.amber(),
        money(summary, all, budgets.financials(ids), dashboard.months(active, viewer), since),
        decisions.subList(0, Math.min(ExecutiveBrief.SHOWN, decisions.size())),
        decisions.size(),
        new Ratings(summary.red(), summary.amber(), summary.green(), summary.unrated()),
        monthAgo(ids, control.latestRatings(ids), since),
        since);
  }

  private static Troubled troubled(DashboardRow row, StatusReportView report) {
    if (report == null) {
      return new Troubled(row, null, List.of());
    }
    List<String> reasons = new ArrayList<>();
    for (StatusReportView.RatingView rating : report.ratings()) {
      boolean concern = rating.rating() == Rag.RED || rating.rating() == Rag.AMBER;
      if (concern
          && rating.dimension() != RatingDimension.OVERALL
          && rating.reason() != null
          && !rating.reason().isBlank()) {
        reasons.add(rating.dimension().label() + ": " + oneLine(rating.reason()));
      }
    }
    return new Troubled(row, oneLine(report.summary()), reasons);
  }

  static List<Money> money(
      DashboardSummary summary,
      List<DashboardRow> rows,
      Map<Long, Financials> financials,
      List<MonthTotal> months,
      LocalDate since) {
    Map<String, BigDecimal> forecast = new HashMap<>();
    for (DashboardRow row : rows) {
      if (row.currency() != null) {
        forecast.merge(
            row.currency(),
            forecastAtCompletion(row, financials.get(row.projectId())),
            BigDecimal::add);
      }
    }
    // With actual costs booked up to last month, "up to the end of last month" was the figure of
    // today: the comparison has to stop before the month of the day it compares with.
    String monthThen = YearMonth.from(since).toString();
    Map<String, BigDecimal> bookedSince = new HashMap<>();
    for (MonthTotal month : months) {
      if (month.period().compareTo(monthThen) >= 0 && month.actual() != null) {
        bookedSince.merge(month.currency(), month.actual(), BigDecimal::add);
      }
    }
    Map<String, Money> money = new LinkedHashMap<>();
    for (DashboardSummary.MoneyTotal total : summary.money()) {
      money.put(
          total.currency(),
          new Money(
              total.currency(),
              total.budget(),
              total.actual(),
              total.actual().subtract(bookedSince.getOrDefault(total.currency(), BigDecimal.ZERO)),
              forecast.getOrDefault(total.currency(), total.budget()),
              total.projects()));
    }
    return List.copyOf(money.values());
  }

  /**
   * What the project will have cost when it finishes. Budgets gives no forecast of its own yet, so
   * it is the usual one from its figures: budget at completion over CPI when the CPI is known, else
   * the budget, and never less than what is already spent. When {@link Financials} carries an
   * estimate at completion, return that here instead.
   */
  static BigDecimal forecastAtCompletion(DashboardRow row, Financials figures) {
    BigDecimal bac = figures != null && figures.bac() != null ? figures.bac() : row.bac();
    BigDecimal actual =
        figures != null && figures.actualToDate() != null
            ? figures.actualToDate()
            : row.actualToDate();
    BigDecimal cpi = figures != null ? figures.cpi() : row.cpi();
    BigDecimal base = bac == null ? BigDecimal.ZERO : bac;
    // The project's own EAC formula where budgets could apply it; else the budget over the CPI.
    BigDecimal eac =
        figures != null && figures.eac() != null
            ? figures.eac()
            : cpi != null && cpi.signum() > 0 && bac != null
                ? bac.divide(cpi, 2, RoundingMode.HALF_UP)
                : base;
    return actual != null && actual.compareTo(eac) > 0 ? actual : eac;
  }

  private static Ratings monthAgo(
      List<Long> ids, Map<Long, LatestRatings> ratings, LocalDate since) {
    long red = 0;
    long amber = 0;
    long green = 0;
    long unrated = 0;
    for (Long id : ids) {
      LatestRatings latest = ratings.get(id);
      Rag then = null;
      if (latest != null) {
        boolean unchangedSince =
            latest.submittedAt() != null
                && LocalDate.ofInstant(latest.submittedAt(), ZoneId.systemDefault())
                    .isBefore(since);
        then =
            unchangedSince
                ? latest.rating(RatingDimension.OVERALL)
                : latest.previous().get(RatingDimension.OVERALL);
      }
      if (then == Rag.RED) {
        red++;
      } else if (then == Rag.AMBER) {
        amber++;
      } else if (then == Rag.GREEN) {
        green++;
      } else {
        unrated++;
      }
    }
    return new Ratings(red, amber, green, unrated);
  }

  private static String oneLine(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String flat = text.strip().replaceAll("\\s+", " ");
    return flat.length() <= 200 ? flat : flat.substring(0, 197) + "...";
  }
}
