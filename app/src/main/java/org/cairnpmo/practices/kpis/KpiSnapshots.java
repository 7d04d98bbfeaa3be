package org.cairnpmo.practices.kpis;

import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.practices.domain.PracticesAccess;
import org.cairnpmo.projects.ProjectView;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly snapshots of every KPI for every project that ran in the month. Taking a month's
 * snapshot again replaces that month's figures with the same computation, so it is idempotent: the
 * monthly job takes the month just ended as of its last day, "take snapshot now" the current month
 * as of today (replaced by the job's at the month's end). Departments and the portfolio are not
 * stored: they are aggregated at read time over the projects the reader may see.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class KpiSnapshots {

  private final NamedParameterJdbcTemplate jdbc;
  private final KpiRepository kpis;
  private final KpiFacts facts;
  private final Clock clock;

  /** What a snapshot stored. */
  public record Taken(String period, LocalDate asOf, int projects, int figures) {}

  /** The current month's snapshot as of today; the PMO and administrators. */
  @Transactional
  public Taken takeNow(CurrentUser by) {
    PracticesAccess.requireKpiWriter(by);
    return take(YearMonth.now(clock), by.username());
  }

  /**
   * The month's snapshot as of its last day, or of today for the current month; replaces what the
   * month had.
   */
  @Transactional
  public Taken take(YearMonth month, String by) {
    LocalDate today = LocalDate.now(clock);
    LocalDate asOf = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
    ZoneId zone = clock.getZone();
    List<Long> ids = new ArrayList<>();
    for (ProjectView p : facts.every()) {
      if (ranIn(p, month, asOf)) {
        ids.add(p.id());
      }
    }
    String period = month.toString();
    jdbc.update("delete from prc_kpi_snapshot where period = :period", Map.of("period", period));
    Map<Long, ProjectFacts> all = facts.of(ids);
    List<MapSqlParameterSource> rows = new ArrayList<>();
    Timestamp now = Timestamp.from(clock.instant());
    for (Kpi kpi : kpis.findAll()) {
      for (Long id : ids) {
        Figure f = KpiFormulas.compute(kpi.getMeasure(), all.get(id), asOf, zone);
        if (f != null) {
          rows.add(
              new MapSqlParameterSource()
                  .addValue("kpi", kpi.getId())
                  .addValue("period", period)
                  .addValue("project", id)
                  .addValue("n", f.numerator().setScale(4, RoundingMode.HALF_UP))
                  .addValue("d", f.denominator().setScale(4, RoundingMode.HALF_UP))
                  .addValue("at", now)
                  .addValue("by", by));
        }
      }
    }
    if (!rows.isEmpty()) {
      jdbc.batchUpdate(
          "insert into prc_kpi_snapshot (kpi_id, period, project_id, numerator, denominator,"
              + " taken_at, taken_by) values (:kpi, :period, :project, :n, :d, :at, :by)",
          rows.toArray(MapSqlParameterSource[]::new));
    }
    return new Taken(period, asOf, ids.size(), rows.size());
  }

  /** Started by the day and not finished before the month began. */
  static boolean ranIn(ProjectView p, YearMonth month, LocalDate asOf) {
    if (p.plannedStart() != null && p.plannedStart().isAfter(asOf)) {
      return false;
    }
    if (p.isFinished()) {
      return p.finishedOn() != null && !p.finishedOn().isBefore(month.atDay(1));
    }
    return true;
  }

  /** Whether any snapshot was ever taken. */
  @Transactional(readOnly = true)
  public boolean any() {
    Integer n =
        jdbc.queryForObject("select count(*) from prc_kpi_snapshot", Map.of(), Integer.class);
    return n != null && n > 0;
  }

  /** The stored figures of the months {@code from} to {@code to}: by KPI, period and project. */
  @Transactional(readOnly = true)
  public Map<Long, Map<String, Map<Long, Figure>>> read(YearMonth from, YearMonth to) {
    Map<Long, Map<String, Map<Long, Figure>>> result = new HashMap<>();
    jdbc.query(
        "select kpi_id, period, project_id, numerator, denominator from prc_kpi_snapshot"
            + " where period >= :from and period <= :to",
        Map.of("from", from.toString(), "to", to.toString()),
        rs -> {
          result
              .computeIfAbsent(rs.getLong("kpi_id"), k -> new HashMap<>())
              .computeIfAbsent(rs.getString("period"), k -> new HashMap<>())
              .put(
                  rs.getLong("project_id"),
                  new Figure(rs.getBigDecimal("numerator"), rs.getBigDecimal("denominator")));
        });
    return result;
  }
}
