package org.cairnpmo.resources.staffing.domain;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.resources.RequestStatus;
import org.cairnpmo.resources.SkillLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the requests and the pool for staffing in a handful of queries, whatever the size of the
 * pool, as the capacity grid does: the entities would fetch skills and rates person by person.
 */
@Component
class StaffingReader {

  private static final String REQUEST_COLUMNS =
      "select id, project_id, role_id, person_id, hours_per_week, first_day, last_day, priority,"
          + " status, version from res_request";

  private final JdbcClient jdbc;

  StaffingReader(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every request waiting for a person, oldest first. */
  List<StaffingData.Request> waiting() {
    return requests(
        jdbc.sql(REQUEST_COLUMNS + " where status = :status order by id")
            .param("status", RequestStatus.REQUESTED.name()),
        jdbc.sql(
                "select s.request_id, s.skill, s.proficiency from res_request_skill s"
                    + " join res_request r on r.id = s.request_id where r.status = :status")
            .param("status", RequestStatus.REQUESTED.name()));
  }

  /** The requests of these ids that exist, in any status, by id. */
  Map<Long, StaffingData.Request> byIds(Collection<Long> ids) {
    Map<Long, StaffingData.Request> out = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    List<Long> list = List.copyOf(ids);
    for (StaffingData.Request r :
        requests(
            jdbc.sql(REQUEST_COLUMNS + " where id in (:ids) order by id").param("ids", list),
            jdbc.sql(
                    "select request_id, skill, proficiency from res_request_skill"
                        + " where request_id in (:ids)")
                .param("ids", list))) {
      out.put(r.id(), r);
    }
    return out;
  }

  /**
   * Holds the pool entries of these people until the transaction ends, so that two runs applied at
   * the same time cannot both book the hours one of them has free.
   */
  void lockPeople(Collection<Long> ids) {
    if (!ids.isEmpty()) {
      jdbc.sql("select id from res_person where id in (:ids) order by id for update")
          .param("ids", List.copyOf(ids))
          .query(Long.class)
          .list();
    }
  }

  /** The whole pool with skills and the rate of each person on {@code today}. */
  List<StaffingData.Member> pool(LocalDate today) {
    Map<Long, Map<String, Integer>> skills = new HashMap<>();
    jdbc.sql("select person_id, skill, proficiency from res_person_skill")
        .query(
            rs -> {
              skills
                  .computeIfAbsent(rs.getLong(1), id -> new HashMap<>())
                  .put(rs.getString(2), rs.getInt(3));
            });
    Map<Long, Double> roleRates = new HashMap<>();
    jdbc.sql("select id, default_rate from res_role where default_rate is not null")
        .query(
            rs -> {
              roleRates.put(rs.getLong(1), rs.getDouble(2));
            });
    // Rates in order of their day: the last one on or before today wins, else the first one.
    Map<Long, Double> rates = new HashMap<>();
    jdbc.sql(
            "select person_id, effective_from, hourly_rate from res_person_rate"
                + " order by person_id, effective_from")
        .query(
            rs -> {
              long person = rs.getLong(1);
              boolean valid = !rs.getDate(2).toLocalDate().isAfter(today);
              if (valid || !rates.containsKey(person)) {
                rates.put(person, rs.getDouble(3));
              }
            });
    return jdbc.sql(
            "select id, name, department_id, job_role_id, user_id from res_person order by id")
        .query(
            (rs, n) -> {
              long id = rs.getLong(1);
              Long roleId = rs.getObject(4, Long.class);
              Double rate = rates.get(id);
              if (rate == null && roleId != null) {
                rate = roleRates.get(roleId);
              }
              return new StaffingData.Member(
                  id,
                  rs.getObject(5, Long.class),
                  rs.getString(2),
                  rs.getObject(3, Long.class),
                  roleId,
                  skills.getOrDefault(id, Map.of()),
                  rate == null ? 0 : rate);
            })
        .list();
  }

  /** The names of the role catalog by id. */
  Map<Long, String> roleNames() {
    Map<Long, String> names = new HashMap<>();
    jdbc.sql("select id, name from res_role")
        .query(
            rs -> {
              names.put(rs.getLong(1), rs.getString(2));
            });
    return names;
  }

  private static List<StaffingData.Request> requests(
      JdbcClient.StatementSpec rows, JdbcClient.StatementSpec skillRows) {
    Map<Long, List<SkillLevel>> skills = new HashMap<>();
    skillRows.query(
        rs -> {
          skills
              .computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
              .add(new SkillLevel(rs.getString(2), rs.getInt(3)));
        });
    return rows.query(
            (rs, n) -> {
              long id = rs.getLong(1);
              return new StaffingData.Request(
                  id,
                  rs.getLong(2),
                  rs.getObject(3, Long.class),
                  rs.getObject(4, Long.class),
                  rs.getDouble(5),
                  day(rs.getDate(6)),
                  day(rs.getDate(7)),
                  Priority.valueOf(rs.getString(8)),
                  RequestStatus.valueOf(rs.getString(9)),
                  rs.getLong(10),
                  skills.getOrDefault(id, List.of()));
            })
        .list();
  }

  private static LocalDate day(Date date) {
    return date.toLocalDate();
  }
}
