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
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Project control's figures read in bulk for read models kept by other modules (the portfolio
 * dashboard): one query per question for any number of projects. No visibility is checked here; the
 * caller applies the register's rules when it answers a person.
 */
@Service
public class ControlBulkApi {

  private static final int CHUNK = 1000;

  private final NamedParameterJdbcTemplate jdbc;

  ControlBulkApi(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

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
    for (List<Long> chunk : chunks(projectIds)) {
      jdbc.query(
          "select project_id, period_start, period_end, submitted_at, overall_rating,"
              + " schedule_rating, cost_rating, scope_rating, resources_rating, risk_rating"
              + " from ctl_status_report where status in ('SUBMITTED', 'REVIEWED')"
              + " and project_id in (:ids) order by project_id, period_start desc",
          Map.of("ids", chunk),
          rs -> {
            Row row = Row.of(rs);
            List<Row> rows = byProject.computeIfAbsent(row.projectId(), id -> new ArrayList<>());
            if (rows.size() < 2) {
              rows.add(row);
            }
          });
    }
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
    for (List<Long> chunk : chunks(projectIds)) {
      jdbc.query(
          "select project_id, count(*) as risks, sum(score) as total, max(score) as highest"
              + " from ctl_risk where status = 'OPEN' and project_id in (:ids) group by project_id",
          Map.of("ids", chunk),
          rs -> {
            long id = rs.getLong("project_id");
            exposure.put(
                id,
                new RiskExposure(id, rs.getInt("risks"), rs.getInt("total"), rs.getInt("highest")));
          });
    }
    return exposure;
  }

  private static List<List<Long>> chunks(Collection<Long> ids) {
    List<Long> all = ids.stream().distinct().toList();
    List<List<Long>> chunks = new ArrayList<>();
    for (int i = 0; i < all.size(); i += CHUNK) {
      chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
    }
    return chunks;
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
