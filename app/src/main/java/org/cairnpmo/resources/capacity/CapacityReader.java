package org.cairnpmo.resources.capacity;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cairnpmo.resources.RequestStatus;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the pool and the requests for the capacity grid in seven queries, whatever the size of the
 * pool: through the entities, the skills and absences of 2,000 people would be fetched in batches
 * of fifty, and every request with its history.
 */
@Component
class CapacityReader {

  private static final List<String> COUNTED =
      List.of(
          RequestStatus.REQUESTED.name(),
          RequestStatus.PROPOSED.name(),
          RequestStatus.ACCEPTED.name(),
          RequestStatus.APPROVED.name());

  private final JdbcClient jdbc;

  CapacityReader(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The pool and the requests that overlap {@code first} to {@code last}. */
  CapacityData read(LocalDate first, LocalDate last) {
    Map<Long, List<String>> skills =
        byFirstColumn(
            jdbc.sql("select person_id, skill from res_person_skill"), (rs, n) -> rs.getString(2));
    Map<Long, List<CapacityData.Days>> absences =
        byFirstColumn(
            jdbc.sql(
                    "select person_id, first_day, last_day from res_person_absence"
                        + " where last_day >= :first and first_day <= :last")
                .param("first", Date.valueOf(first))
                .param("last", Date.valueOf(last)),
            (rs, n) ->
                new CapacityData.Days(rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate()));
    List<CapacityData.Member> people =
        jdbc.sql(
                "select id, name, department_id, job_role_id, capacity_hours, part_time_pct,"
                    + " own_week, available_from, available_until from res_person order by id")
            .query(
                (rs, n) -> {
                  long id = rs.getLong(1);
                  return new CapacityData.Member(
                      id,
                      rs.getString(2),
                      rs.getObject(3, Long.class),
                      rs.getObject(4, Long.class),
                      rs.getDouble(5),
                      rs.getInt(6),
                      rs.getString(7),
                      day(rs.getDate(8)),
                      day(rs.getDate(9)),
                      skills.getOrDefault(id, List.of()),
                      absences.getOrDefault(id, List.of()));
                })
            .list();
    Map<Long, String> roleNames = roleNames();
    Map<Long, Long> personByUser = new HashMap<>();
    jdbc.sql("select user_id, id from res_person where user_id is not null")
        .query(
            rs -> {
              personByUser.put(rs.getLong(1), rs.getLong(2));
            });
    return new CapacityData(
        people, roleNames, roleByName(roleNames), personByUser, requests(first, last));
  }

  /** The catalog's role names by id. */
  Map<Long, String> roleNames() {
    Map<Long, String> names = new HashMap<>();
    jdbc.sql("select id, name from res_role")
        .query(
            rs -> {
              names.put(rs.getLong(1), rs.getString(2));
            });
    return names;
  }

  /** The catalog's roles by name and other name ({@code names} by id), in lower case. */
  Map<String, Long> roleByName(Map<Long, String> names) {
    Map<String, Long> out = new HashMap<>();
    names.forEach((id, name) -> out.put(name.strip().toLowerCase(Locale.ROOT), id));
    jdbc.sql("select role_id, alias from res_role_alias")
        .query(
            rs -> {
              out.putIfAbsent(rs.getString(2).strip().toLowerCase(Locale.ROOT), rs.getLong(1));
            });
    return out;
  }

  private List<CapacityData.Demand> requests(LocalDate first, LocalDate last) {
    Map<Long, List<String>> skills =
        byFirstColumn(
            jdbc.sql(
                    "select s.request_id, s.skill from res_request_skill s"
                        + " join res_request r on r.id = s.request_id where r.status in"
                        + " (:statuses) and r.last_day >= :first and r.first_day <= :last")
                .param("statuses", COUNTED)
                .param("first", Date.valueOf(first))
                .param("last", Date.valueOf(last)),
            (rs, n) -> rs.getString(2));
    return jdbc.sql(
            "select id, project_id, role_id, coalesce(proposed_person_id, person_id),"
                + " hours_per_week, first_day, last_day, status from res_request"
                + " where status in (:statuses) and last_day >= :first and first_day <= :last"
                + " order by id")
        .param("statuses", COUNTED)
        .param("first", Date.valueOf(first))
        .param("last", Date.valueOf(last))
        .query(
            (rs, n) -> {
              long id = rs.getLong(1);
              return new CapacityData.Demand(
                  id,
                  rs.getLong(2),
                  rs.getObject(3, Long.class),
                  rs.getObject(4, Long.class),
                  rs.getDouble(5),
                  rs.getDate(6).toLocalDate(),
                  rs.getDate(7).toLocalDate(),
                  RequestStatus.valueOf(rs.getString(8)),
                  skills.getOrDefault(id, List.of()),
                  null);
            })
        .list();
  }

  /** The rows of {@code statement} by the id in their first column, read with {@code value}. */
  private static <T> Map<Long, List<T>> byFirstColumn(
      JdbcClient.StatementSpec statement, RowMapper<T> value) {
    Map<Long, List<T>> out = new HashMap<>();
    statement.query(
        rs -> {
          out.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(value.mapRow(rs, 0));
        });
    return out;
  }

  private static LocalDate day(Date date) {
    return date == null ? null : date.toLocalDate();
  }
}
