package org.cairnpmo.planning.domain;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.cairnpmo.planning.ResourceKind;
import org.cairnpmo.planning.TaskDemand;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every plan's requirements of people and roles on tasks that overlap a window, in one query
 * whatever the number of plans: summary tasks carry none of their own, finished tasks need nobody
 * any more, and equipment is not the resource pool's.
 */
@Component
public class TaskDemandReader {

  private final JdbcClient jdbc;

  TaskDemandReader(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The requirements of unfinished, scheduled work tasks running between the two days. */
  public List<TaskDemand> between(LocalDate first, LocalDate last) {
    return jdbc.sql(
            "select p.project_id, t.id, t.wbs, t.name, t.start_at, t.finish_at, r.kind,"
                + " r.user_id, r.name, q.units from pln_requirement q"
                + " join pln_task t on t.id = q.task_id"
                + " join pln_resource r on r.id = q.resource_id"
                + " join pln_plan p on p.id = q.plan_id"
                + " where t.summary = false and t.percent_complete < 100"
                + " and t.start_at is not null and t.finish_at is not null"
                + " and t.finish_at > :first and t.start_at < :after"
                + " and r.kind in ('PERSON', 'ROLE') order by t.id, r.id")
        .param("first", Timestamp.valueOf(first.atStartOfDay()))
        .param("after", Timestamp.valueOf(last.plusDays(1).atStartOfDay()))
        .query(
            (rs, n) -> {
              LocalDateTime start = rs.getTimestamp(5).toLocalDateTime();
              LocalDateTime finish = rs.getTimestamp(6).toLocalDateTime();
              // A task that finishes at midnight ends with the day before.
              LocalDate lastDay =
                  finish.isAfter(start) ? finish.minusNanos(1).toLocalDate() : start.toLocalDate();
              return new TaskDemand(
                  rs.getLong(1),
                  rs.getLong(2),
                  rs.getString(3),
                  rs.getString(4),
                  start.toLocalDate(),
                  lastDay,
                  ResourceKind.valueOf(rs.getString(7)),
                  rs.getObject(8, Long.class),
                  rs.getString(9),
                  rs.getBigDecimal(10));
            })
        .list();
  }
}
