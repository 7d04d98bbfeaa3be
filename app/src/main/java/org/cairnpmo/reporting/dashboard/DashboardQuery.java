package org.cairnpmo.reporting.dashboard;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.control.Rag;
import org.cairnpmo.control.Trend;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.InLists;
import org.cairnpmo.platform.web.Paging;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.reporting.dashboard.DashboardCharts.Bubble;
import org.cairnpmo.reporting.dashboard.DashboardCharts.MonthTotal;
import org.cairnpmo.reporting.dashboard.DashboardCharts.RoadmapBar;
import org.cairnpmo.reporting.dashboard.DashboardRow.Rating;
import org.cairnpmo.reporting.dashboard.DashboardSummary.MoneyTotal;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the portfolio dashboard: rows, totals and chart data for a filter, as a viewer may see
 * them. Everything is answered from the read model with one query per question (a page, a count, a
 * few GROUP BYs), never by asking other modules per project, so it stays fast for ten thousand
 * projects. The dashboard page, its API and the portfolio exports all read through this class.
 *
 * <p><b>Visibility.</b> As in the register: a confidential project appears only to its members
 * (manager, sponsor, team) and to those who see every project. Which projects are confidential and
 * who belongs to them is asked of the register at every query, not read from the rows.
 *
 * <p><b>Stale reports.</b> An active project's status is stale when it has no submitted report, or
 * when its latest was submitted more than {@value #STALE_AFTER_DAYS} days ago (a monthly cadence
 * plus a few days' grace). Projects that are not active are not expected to report.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DashboardQuery {

  /** Reports older than this many days are stale. */
  public static final int STALE_AFTER_DAYS = 35;

  /** The most rows a page (or the API) returns at once. */

  /** The bubble chart draws at most this many projects: those with the largest budgets. */
  public static final int MAX_BUBBLES = 200;

  private static final String STALE =
      "(s.project_status = 'ACTIVE' and (s.last_report_on is null"
          + " or s.last_report_on < :staleBefore))";

  private final NamedParameterJdbcTemplate jdbc;
  private final ProjectsApi projects;
  private final Clock clock;

  /** Reports submitted before this day are stale. */
  public LocalDate staleBefore() {
    return LocalDate.now(clock.withZone(ZoneId.systemDefault())).minusDays(STALE_AFTER_DAYS);
  }

  /** One page of rows (pages from 0, size 1 to {@value Paging#MAX_SIZE}). */
  @Transactional(readOnly = true)
  public DashboardPage page(
      DashboardFilter filter, DashboardSort sort, int page, int size, CurrentUser viewer) {
    Paging.check(page, size);
    Where where = where(filter, viewer);
    Long total =
        jdbc.queryForObject(
            "select count(*) from reporting_project_status s where " + where.sql(),
            where.params(),
            Long.class);
    long count = total == null ? 0 : total;
    List<DashboardRow> rows =
        count == 0 ? List.of() : select(where, sort, size, (long) page * size);
    int pages = (int) ((count + size - 1) / size);
    return new DashboardPage(rows, page, size, count, pages);
  }

  /**
   * Up to {@code limit} rows in the given order, for exports that list the whole filtered set (the
   * caller says how many it can take).
   */
  @Transactional(readOnly = true)
  public List<DashboardRow> rows(
      DashboardFilter filter, DashboardSort sort, int limit, CurrentUser viewer) {
    return select(where(filter, viewer), sort, Math.max(limit, 0), 0);
  }

  /** The project's row if {@code viewer} may see it and it has one. */
  @Transactional(readOnly = true)
  public Optional<DashboardRow> row(long projectId, CurrentUser viewer) {
    Where where = where(DashboardFilter.none(), viewer);
    where.params().addValue("projectId", projectId);
    return jdbc
        .query(
            "select s.* from reporting_project_status s where s.project_id = :projectId and "
                + where.sql(),
            where.params(),
            (rs, n) -> row(rs))
        .stream()
        .findFirst();
  }

  /** Counts and money for the whole filtered set. */
  @Transactional(readOnly = true)
  public DashboardSummary summary(DashboardFilter filter, CurrentUser viewer) {
    Where where = where(filter, viewer);
    long[] counts = new long[6];
    jdbc.query(
        "select count(*) as projects,"
            + " sum(case when s.overall_rag = 'RED' then 1 else 0 end) as red,"
            + " sum(case when s.overall_rag = 'AMBER' then 1 else 0 end) as amber,"
            + " sum(case when s.overall_rag = 'GREEN' then 1 else 0 end) as green,"
            + " sum(case when s.overall_rag is null then 1 else 0 end) as unrated,"
            + " sum(case when "
            + STALE
            + " then 1 else 0 end) as stale"
            + " from reporting_project_status s where "
            + where.sql(),
        where.params(),
        rs -> {
          counts[0] = rs.getLong("projects");
          counts[1] = rs.getLong("red");
          counts[2] = rs.getLong("amber");
          counts[3] = rs.getLong("green");
          counts[4] = rs.getLong("unrated");
          counts[5] = rs.getLong("stale");
        });
    List<MoneyTotal> money =
        jdbc.query(
            "select s.currency, sum(s.bac) as budget, sum(s.actual_to_date) as actual,"
                + " count(*) as projects from reporting_project_status s where "
                + where.sql()
                + " and s.currency is not null group by s.currency order by budget desc",
            where.params(),
            (rs, n) ->
                new MoneyTotal(
                    rs.getString("currency"),
                    zero(rs.getBigDecimal("budget")),
                    zero(rs.getBigDecimal("actual")),
                    rs.getLong("projects")));
    return new DashboardSummary(
        counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], staleBefore(), money);
  }

  /**
   * The value/risk bubbles: the {@code limit} (at most {@value #MAX_BUBBLES}) projects of the
   * filtered set with the largest budgets.
   */
  @Transactional(readOnly = true)
  public List<Bubble> bubbles(DashboardFilter filter, int limit, CurrentUser viewer) {
    Where where = where(filter, viewer);
    where.params().addValue("limit", Math.min(Math.max(limit, 0), MAX_BUBBLES));
    return jdbc.query(
        "select s.project_id, s.code, s.name, s.value_score, s.risk_exposure, s.bac, s.currency,"
            + " s.overall_rag from reporting_project_status s where "
            + where.sql()
            + " and s.bac is not null and s.value_score is not null"
            + " order by s.bac desc, s.code limit :limit",
        where.params(),
        (rs, n) ->
            new Bubble(
                rs.getLong("project_id"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getBigDecimal("value_score"),
                rs.getInt("risk_exposure"),
                rs.getBigDecimal("bac"),
                rs.getString("currency"),
                rs.getString("overall_rag")));
  }

  /** Planned and actual cost per month and currency over the filtered set, oldest month first. */
  @Transactional(readOnly = true)
  public List<MonthTotal> months(DashboardFilter filter, CurrentUser viewer) {
    Where where = where(filter, viewer);
    return jdbc.query(
        "select m.period, s.currency, sum(m.planned) as planned, sum(m.actual) as actual"
            + " from reporting_project_month m"
            + " join reporting_project_status s on s.project_id = m.project_id where "
            + where.sql()
            + " and s.currency is not null group by m.period, s.currency order by m.period",
        where.params(),
        (rs, n) ->
            new MonthTotal(
                rs.getString("period"),
                rs.getString("currency"),
                zero(rs.getBigDecimal("planned")),
                rs.getBigDecimal("actual")));
  }

  /** The roadmap of the given rows (a page): planned spans and next milestones. */
  public static List<RoadmapBar> roadmap(List<DashboardRow> rows) {
    return rows.stream()
        .filter(r -> r.plannedStart() != null && r.plannedFinish() != null)
        .map(
            r ->
                new RoadmapBar(
                    r.projectId(),
                    r.code(),
                    r.name(),
                    r.plannedStart(),
                    r.plannedFinish(),
                    r.nextMilestone(),
                    r.nextMilestoneOn(),
                    r.milestoneSlipDays(),
                    r.overall().present() ? r.overall().rag().name() : null))
        .toList();
  }

  /** The choices of the filters, from the projects the viewer may see. */
  @Transactional(readOnly = true)
  public FilterOptions options(CurrentUser viewer) {
    Where where = where(DashboardFilter.none(), viewer);
    List<FilterOptions.Choice> departments =
        jdbc.query(
            "select distinct s.department_id, s.department_name from reporting_project_status s"
                + " where s.department_id is not null and "
                + where.sql()
                + " order by s.department_name",
            where.params(),
            (rs, n) ->
                new FilterOptions.Choice(
                    rs.getLong("department_id"), rs.getString("department_name")));
    List<FilterOptions.Choice> managers =
        jdbc.query(
            "select distinct s.manager_id, s.manager_name from reporting_project_status s"
                + " where s.manager_id is not null and "
                + where.sql()
                + " order by s.manager_name",
            where.params(),
            (rs, n) ->
                new FilterOptions.Choice(rs.getLong("manager_id"), rs.getString("manager_name")));
    List<String> phases =
        jdbc.queryForList(
            "select distinct s.phase_name from reporting_project_status s"
                + " where s.phase_name is not null and "
                + where.sql()
                + " order by s.phase_name",
            where.params(),
            String.class);
    return new FilterOptions(departments, managers, phases);
  }

  /** What the filters offer. */
  public record FilterOptions(
      List<Choice> departments, List<Choice> managers, List<String> phases) {

    /** An id and its name. */
    public record Choice(long id, String name) {}
  }

  // ---------------------------------------------------------------- SQL

  private List<DashboardRow> select(Where where, DashboardSort sort, int limit, long offset) {
    if (limit == 0) {
      return List.of();
    }
    DashboardSort order = sort == null ? DashboardSort.DEFAULT : sort;
    where.params().addValue("limit", limit).addValue("offset", offset);
    return jdbc.query(
        "select s.* from reporting_project_status s where "
            + where.sql()
            + " order by "
            + order.column().sql()
            + (order.descending() ? " desc" : " asc")
            + " nulls last, s.code asc limit :limit offset :offset",
        where.params(),
        (rs, n) -> row(rs));
  }

  private record Where(String sql, MapSqlParameterSource params) {}

  private Where where(DashboardFilter filter, CurrentUser viewer) {
    DashboardFilter f = filter == null ? DashboardFilter.none() : filter;
    List<String> parts = new ArrayList<>();
    MapSqlParameterSource params = new MapSqlParameterSource();
    params.addValue("staleBefore", staleBefore());
    // The register decides, never the row's own copy: a row may predate the project being made
    // confidential (or a member leaving), and a row that failed to refresh would keep showing it.
    List<List<Long>> hidden = InLists.chunks(projects.hiddenProjectIds(viewer));
    for (int i = 0; i < hidden.size(); i++) {
      parts.add("s.project_id not in (:hidden" + i + ")");
      params.addValue("hidden" + i, hidden.get(i));
    }
    if (f.departmentId() != null) {
      parts.add("s.department_id = :department");
      params.addValue("department", f.departmentId());
    }
    if (f.category() != null) {
      parts.add("s.category = :category");
      params.addValue("category", f.category().name());
    }
    if (f.managerId() != null) {
      parts.add("s.manager_id = :manager");
      params.addValue("manager", f.managerId());
    }
    if (f.phase() != null && !f.phase().isBlank()) {
      parts.add("s.phase_name = :phase");
      params.addValue("phase", f.phase().strip());
    }
    if (!f.statuses().isEmpty()) {
      parts.add("s.project_status in (:statuses)");
      params.addValue("statuses", f.statuses().stream().map(ProjectStatus::name).toList());
    }
    if (f.rag() != null) {
      parts.add("s.overall_rag = :rag");
      params.addValue("rag", f.rag().name());
    }
    if (f.staleOnly()) {
      parts.add(STALE);
    }
    return new Where(parts.isEmpty() ? "1 = 1" : String.join(" and ", parts), params);
  }

  private DashboardRow row(ResultSet rs) throws SQLException {
    LocalDate lastReport = rs.getObject("last_report_on", LocalDate.class);
    ProjectStatus status = ProjectStatus.valueOf(rs.getString("project_status"));
    boolean stale =
        status == ProjectStatus.ACTIVE
            && (lastReport == null || lastReport.isBefore(staleBefore()));
    Timestamp refreshed = rs.getTimestamp("refreshed_at");
    return new DashboardRow(
        rs.getLong("project_id"),
        rs.getString("code"),
        rs.getString("name"),
        longOrNull(rs, "department_id"),
        rs.getString("department_name"),
        ProjectCategory.valueOf(rs.getString("category")),
        longOrNull(rs, "manager_id"),
        rs.getString("manager_name"),
        status,
        rs.getBoolean("confidential"),
        rs.getString("phase_name"),
        rating(rs, "overall"),
        rating(rs, "schedule"),
        rating(rs, "cost"),
        rating(rs, "scope"),
        rating(rs, "resources"),
        rating(rs, "risk"),
        lastReport,
        rs.getObject("last_period_end", LocalDate.class),
        stale,
        rs.getString("next_milestone"),
        rs.getObject("next_milestone_on", LocalDate.class),
        intOrNull(rs, "milestone_slip_days"),
        rs.getString("currency"),
        rs.getBigDecimal("bac"),
        rs.getBigDecimal("actual_to_date"),
        rs.getBigDecimal("burn"),
        rs.getBigDecimal("spi"),
        rs.getBigDecimal("cpi"),
        rs.getBigDecimal("value_score"),
        rs.getString("value_basis"),
        rs.getInt("open_risks"),
        rs.getInt("risk_exposure"),
        rs.getObject("planned_start", LocalDate.class),
        rs.getObject("planned_finish", LocalDate.class),
        refreshed == null ? null : refreshed.toInstant());
  }

  private static Rating rating(ResultSet rs, String dimension) throws SQLException {
    String rag = rs.getString(dimension + "_rag");
    if (rag == null) {
      return Rating.NONE;
    }
    String trend = rs.getString(dimension + "_trend");
    return new Rating(Rag.valueOf(rag), trend == null ? Trend.NEW : Trend.valueOf(trend));
  }

  private static Long longOrNull(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  private static Integer intOrNull(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }

  private static BigDecimal zero(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }
}
