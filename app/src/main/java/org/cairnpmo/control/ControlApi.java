package org.cairnpmo.control;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.control.domain.HeatMap;
import org.cairnpmo.control.domain.MilestoneService;
import org.cairnpmo.control.domain.RaidEscalations;
import org.cairnpmo.control.domain.RaidHeatMaps;
import org.cairnpmo.control.domain.RaidLog;
import org.cairnpmo.control.domain.RaidSummary;
import org.cairnpmo.control.domain.RatingHeadlines;
import org.cairnpmo.control.domain.StatusReportService;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.InLists;
import org.cairnpmo.platform.web.Paging;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules (dashboards, exports) may ask of project control.
 *
 * <p>The reads "in bulk" at the end serve read models kept by other modules (the portfolio
 * dashboard): a few queries for any number of projects, and no visibility check; the caller applies
 * the register's rules when it answers a person.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ControlApi {

  private final StatusReportService reports;
  private final RaidLog raid;
  private final RaidEscalations escalations;
  private final RaidHeatMaps heatMaps;
  private final MilestoneService milestones;
  private final NamedParameterJdbcTemplate jdbc;
  private final RatingHeadlines headlines;

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

  /**
   * The rating a project's overview leads with: the latest reported one, whether it is stale, and
   * what today's figures suggest where that differs; "not found" unless {@code viewer} sees the
   * project.
   */
  public RatingHeadline ratingHeadline(long projectId, CurrentUser viewer) {
    return headlines.headline(projectId, viewer);
  }

  /** Open risks of the live projects {@code viewer} may see on the 5×5 grid. */
  public HeatMap portfolioHeatMap(CurrentUser viewer) {
    return heatMaps.portfolioHeatMap(viewer);
  }

  /** The project's RAID log at a glance. */
  public RaidSummary raidSummary(long projectId, CurrentUser viewer) {
    return heatMaps.summary(projectId, viewer);
  }

  /**
   * The next open milestone (earliest forecast date among those not completed) of each of the given
   * projects that has one. Callers check visibility themselves; this answers for any project.
   */
  public Map<Long, MilestoneView> nextMilestones(Collection<Long> projectIds) {
    return milestones.next(projectIds);
  }

  /**
   * Sets the forecast of the project's open key milestones linked to a plan's milestones to the
   * dates its schedule gives them (milestone id to date); completed, unknown or other projects'
   * milestones are left alone. For the planning module, after it checked that {@code by} may change
   * the project's plan.
   */
  public int followSchedule(long projectId, Map<Long, LocalDate> forecasts, String by) {
    return milestones.followSchedule(projectId, forecasts, by);
  }

  /** The project's milestones by forecast date, if {@code viewer} may see the project. */
  public java.util.List<MilestoneView> milestones(long projectId, CurrentUser viewer) {
    return milestones.list(projectId, viewer);
  }

  /** Every report of the project {@code viewer} may see (drafts included), newest period first. */
  public java.util.List<StatusReportView> reports(long projectId, CurrentUser viewer) {
    return reports(projectId, null, viewer);
  }

  /** As {@link #reports(long, CurrentUser)}, only those in {@code status} when given. */
  public java.util.List<StatusReportView> reports(
      long projectId, ReportStatus status, CurrentUser viewer) {
    return all(p -> reports.list(projectId, status, p, Paging.MAX_SIZE, viewer));
  }

  /** The project's risks matching {@code f}, as its list filters them, highest score first. */
  public java.util.List<RiskView> risks(long projectId, RaidListFilter f, CurrentUser viewer) {
    return all(
        p ->
            raid.risks(
                projectId,
                (RiskStatus) f.status(),
                f.probability(),
                f.impact(),
                p,
                Paging.MAX_SIZE,
                viewer));
  }

  /** The project's issues matching {@code f}, earliest due date first. */
  public java.util.List<IssueView> issues(long projectId, RaidListFilter f, CurrentUser viewer) {
    return all(
        p ->
            raid.issues(
                projectId, (IssueStatus) f.status(), f.severity(), p, Paging.MAX_SIZE, viewer));
  }

  /** The project's assumptions matching {@code f}, newest first. */
  public java.util.List<AssumptionView> assumptions(
      long projectId, RaidListFilter f, CurrentUser viewer) {
    return all(p -> raid.assumptions(projectId, f.validated(), p, Paging.MAX_SIZE, viewer));
  }

  /** The dependencies the project logged matching {@code f}, earliest need-by date first. */
  public java.util.List<DependencyView> dependencies(
      long projectId, RaidListFilter f, CurrentUser viewer) {
    return all(
        p ->
            raid.dependencies(
                projectId, (DependencyStatus) f.status(), p, Paging.MAX_SIZE, viewer));
  }

  /** All of the project's risks, highest score first. */
  public java.util.List<RiskView> risks(long projectId, CurrentUser viewer) {
    return risks(projectId, RaidListFilter.none(RaidKind.RISK), viewer);
  }

  /** All of the project's issues, earliest due date first. */
  public java.util.List<IssueView> issues(long projectId, CurrentUser viewer) {
    return issues(projectId, RaidListFilter.none(RaidKind.ISSUE), viewer);
  }

  /** All of the project's assumptions, newest first. */
  public java.util.List<AssumptionView> assumptions(long projectId, CurrentUser viewer) {
    return assumptions(projectId, RaidListFilter.none(RaidKind.ASSUMPTION), viewer);
  }

  /** All of the project's decisions, newest first. */
  public java.util.List<DecisionView> decisions(long projectId, CurrentUser viewer) {
    return all(p -> raid.decisions(projectId, p, Paging.MAX_SIZE, viewer));
  }

  /** All dependencies the project logged, earliest need-by date first. */
  public java.util.List<DependencyView> dependencies(long projectId, CurrentUser viewer) {
    return dependencies(projectId, RaidListFilter.none(RaidKind.DEPENDENCY), viewer);
  }

  /**
   * Everything escalated to the portfolio, newest first. Throws {@link
   * org.springframework.security.access.AccessDeniedException} unless {@code viewer} sees the whole
   * portfolio (PMO, executives, administrators).
   */
  public java.util.List<EscalatedItem> escalated(CurrentUser viewer) {
    return escalations.escalated(viewer);
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

  // ---------------------------------------------------------------- in bulk, for read models

  /**
   * The ratings of a project's latest delivered (submitted or reviewed) report and of the one
   * before it, which give the trend of each rating.
   *
   * @param submittedAt when the latest report was submitted
   * @param current the latest report's ratings by dimension (a dimension may be missing)
   * @param previous the ratings of the report before it; empty for a first report
   */
  public record LatestRatings(
      long projectId,
      LocalDate periodStart,
      LocalDate periodEnd,
      Instant submittedAt,
      Map<RatingDimension, Rag> current,
      Map<RatingDimension, Rag> previous) {

    public Rag rating(RatingDimension dimension) {
      return current.get(dimension);
    }

    public Trend trend(RatingDimension dimension) {
      return previous.isEmpty()
          ? Trend.NEW
          : Trend.between(previous.get(dimension), current.get(dimension));
    }
  }

  /**
   * The open risks of a project: how many, the sum of their scores (probability × impact, 1–25
   * each) and the highest score.
   */
  public record RiskExposure(long projectId, int openRisks, int totalScore, int highestScore) {}

  /** The latest two delivered reports' ratings of each project that has delivered one. */
  @Transactional(readOnly = true)
  public Map<Long, LatestRatings> latestRatings(Collection<Long> projectIds) {
    Map<Long, List<Row>> byProject = new HashMap<>();
    eachRow(
        "select project_id, period_start, period_end, submitted_at, overall_rating,"
            + " schedule_rating, cost_rating, scope_rating, resources_rating, risk_rating"
            + " from ctl_status_report where status in ('SUBMITTED', 'REVIEWED')"
            + " and project_id in (:ids) order by project_id, period_start desc",
        projectIds,
        rs -> {
          Row row = Row.of(rs);
          List<Row> rows = byProject.computeIfAbsent(row.projectId(), id -> new ArrayList<>());
          if (rows.size() < 2) {
            rows.add(row);
          }
        });
    Map<Long, LatestRatings> latest = new HashMap<>();
    byProject.forEach(
        (id, rows) -> {
          Row last = rows.get(0);
          latest.put(
              id,
              new LatestRatings(
                  id,
                  last.periodStart(),
                  last.periodEnd(),
                  last.submittedAt(),
                  last.ratings(),
                  rows.size() > 1 ? rows.get(1).ratings() : Map.of()));
        });
    return latest;
  }

  /** The open risks of each project that has any. */
  @Transactional(readOnly = true)
  public Map<Long, RiskExposure> openRiskExposure(Collection<Long> projectIds) {
    Map<Long, RiskExposure> exposure = new HashMap<>();
    eachRow(
        "select project_id, count(*) as risks, sum(score) as total, max(score) as highest"
            + " from ctl_risk where status = 'OPEN' and project_id in (:ids) group by project_id",
        projectIds,
        rs -> {
          long id = rs.getLong("project_id");
          exposure.put(
              id,
              new RiskExposure(id, rs.getInt("risks"), rs.getInt("total"), rs.getInt("highest")));
        });
    return exposure;
  }

  /** A key milestone's dates: agreed (baseline), expected now (forecast), completed (or null). */
  public record MilestoneDates(
      long projectId, LocalDate baseline, LocalDate forecast, LocalDate completed) {}

  /** The key milestones of each project that has any. */
  @Transactional(readOnly = true)
  public Map<Long, List<MilestoneDates>> milestoneDates(Collection<Long> projectIds) {
    return perProject(
        "select project_id, baseline_date, forecast_date, completed_date from ctl_milestone"
            + " where project_id in (:ids) order by project_id, baseline_date",
        projectIds,
        (id, rs) ->
            new MilestoneDates(
                id,
                rs.getObject("baseline_date", LocalDate.class),
                rs.getObject("forecast_date", LocalDate.class),
                rs.getObject("completed_date", LocalDate.class)));
  }

  /** A status report's due day and when it was submitted (null while it is not). */
  public record ReportDeadline(long projectId, LocalDate dueDate, Instant submittedAt) {}

  /** The status reports of each project that has any, by due day. */
  @Transactional(readOnly = true)
  public Map<Long, List<ReportDeadline>> reportDeadlines(Collection<Long> projectIds) {
    return perProject(
        "select project_id, due_date, submitted_at from ctl_status_report"
            + " where project_id in (:ids) order by project_id, due_date",
        projectIds,
        (id, rs) -> {
          Timestamp submitted = rs.getTimestamp("submitted_at");
          return new ReportDeadline(
              id,
              rs.getObject("due_date", LocalDate.class),
              submitted == null ? null : submitted.toInstant());
        });
  }

  /**
   * A risk of the log: its score (probability × impact), whether it is open now and when it was
   * raised. The log keeps no closing date.
   */
  public record RiskFact(long projectId, int score, boolean open, Instant raisedAt) {

    public RiskLevel level() {
      return RiskLevel.of(score);
    }
  }

  /** The risks of each project that has any. */
  @Transactional(readOnly = true)
  public Map<Long, List<RiskFact>> riskFacts(Collection<Long> projectIds) {
    return perProject(
        "select project_id, score, status, created_at from ctl_risk where project_id in (:ids)",
        projectIds,
        (id, rs) ->
            new RiskFact(
                id,
                rs.getInt("score"),
                "OPEN".equals(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant()));
  }

  /** The rows of {@code sql} as {@code row} reads them, by their {@code project_id}. */
  private <T> Map<Long, List<T>> perProject(
      String sql, Collection<Long> projectIds, ProjectRow<T> row) {
    Map<Long, List<T>> result = new HashMap<>();
    eachRow(
        sql,
        projectIds,
        rs -> {
          long id = rs.getLong("project_id");
          result.computeIfAbsent(id, k -> new ArrayList<>()).add(row.read(id, rs));
        });
    return result;
  }

  /** One row of a project's, read with the project's id. */
  private interface ProjectRow<T> {
    T read(long projectId, ResultSet rs) throws SQLException;
  }

  /** Runs {@code sql} for each chunk of {@code projectIds}, which it names {@code :ids}. */
  private void eachRow(String sql, Collection<Long> projectIds, RowCallbackHandler rows) {
    for (List<Long> chunk : InLists.chunks(projectIds)) {
      jdbc.query(sql, Map.of("ids", chunk), rows);
    }
  }

  private record Row(
      long projectId,
      LocalDate periodStart,
      LocalDate periodEnd,
      Instant submittedAt,
      Map<RatingDimension, Rag> ratings) {

    static Row of(ResultSet rs) throws SQLException {
      Map<RatingDimension, Rag> ratings = new EnumMap<>(RatingDimension.class);
      for (RatingDimension d : RatingDimension.values()) {
        String value = rs.getString(d.field() + "_rating");
        if (value != null) {
          ratings.put(d, Rag.valueOf(value));
        }
      }
      Timestamp submitted = rs.getTimestamp("submitted_at");
      return new Row(
          rs.getLong("project_id"),
          rs.getObject("period_start", LocalDate.class),
          rs.getObject("period_end", LocalDate.class),
          submitted == null ? null : submitted.toInstant(),
          Map.copyOf(ratings));
    }
  }
}
