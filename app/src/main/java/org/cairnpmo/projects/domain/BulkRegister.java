package org.cairnpmo.projects.domain;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.projects.MembershipRole;
import org.cairnpmo.projects.ProjectOutline;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.SyntheticProject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's tables written and read in bulk, for thousands of synthetic projects: through the
 * entities, one by one with their rules and events, they would take minutes. No events are
 * published; read models complete their rows at start.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class BulkRegister {

  private static final int BATCH = 1000;

  private final JdbcTemplate jdbc;
  private final Clock clock;

  /** How many projects have a code starting with {@code prefix}. */
  @Transactional(readOnly = true)
  public int countByCodePrefix(String prefix) {
    Integer count =
        jdbc.queryForObject(
            "select count(*) from project where code like ?", Integer.class, like(prefix));
    return count == null ? 0 : count;
  }

  /** The projects whose code starts with {@code prefix}, by code. */
  @Transactional(readOnly = true)
  public List<ProjectOutline> outlinesByCodePrefix(String prefix) {
    return jdbc.query(
        """
        select id, code, status, planned_start, planned_finish, budget_amount, manager_id
        from project where code like ? order by code
        """,
        (rs, i) ->
            new ProjectOutline(
                rs.getLong(1),
                rs.getString(2),
                ProjectStatus.valueOf(rs.getString(3)),
                rs.getObject(4, java.time.LocalDate.class),
                rs.getObject(5, java.time.LocalDate.class),
                rs.getBigDecimal(6),
                rs.getObject(7) == null ? null : rs.getLong(7)),
        like(prefix));
  }

  /** Writes the projects, each with its manager as member and {@code note} as its history. */
  @Transactional
  public void register(List<SyntheticProject> projects, String actor, String note) {
    OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    batch(
        """
        insert into project (code, name, description, department_id, sponsor_id, manager_id,
          category, priority, priority_rank, status, planned_start, planned_finish,
          budget_amount, budget_currency, confidential, version,
          created_at, created_by, updated_at, updated_by)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'EUR', ?, 0, ?, ?, ?, ?)
        """,
        projects.stream()
            .map(
                p ->
                    new Object[] {
                      p.code(),
                      p.name(),
                      p.description(),
                      p.departmentId(),
                      p.sponsorId(),
                      p.managerId(),
                      p.category().name(),
                      p.priority().name(),
                      p.priority().rank(),
                      p.status().name(),
                      p.plannedStart(),
                      p.plannedFinish(),
                      p.budget(),
                      p.confidential(),
                      now,
                      actor,
                      now,
                      actor
                    })
            .toList());
    Map<String, Long> ids = idsByCode(projects.stream().map(SyntheticProject::code).toList());
    batch(
        "insert into project_member (project_id, user_id, role) values (?, ?, ?)",
        projects.stream()
            .map(
                p -> new Object[] {ids.get(p.code()), p.managerId(), MembershipRole.MANAGER.name()})
            .toList());
    batch(
        """
        insert into project_change (project_id, revision, changed_at, changed_by, field,
          old_value, new_value)
        values (?, 0, ?, ?, 'Project', null, ?)
        """,
        projects.stream().map(p -> new Object[] {ids.get(p.code()), now, actor, note}).toList());
  }

  private Map<String, Long> idsByCode(List<String> codes) {
    Map<String, Long> ids = new HashMap<>();
    for (int from = 0; from < codes.size(); from += BATCH) {
      List<String> chunk = codes.subList(from, Math.min(from + BATCH, codes.size()));
      jdbc.query(
          "select id, code from project where code in ("
              + String.join(",", Collections.nCopies(chunk.size(), "?"))
              + ")",
          rs -> {
            ids.put(rs.getString(2), rs.getLong(1));
          },
          chunk.toArray());
    }
    return ids;
  }

  private void batch(String sql, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return;
    }
    jdbc.batchUpdate(
        sql,
        new ArrayList<>(rows),
        BATCH,
        (ps, row) -> {
          for (int i = 0; i < row.length; i++) {
            ps.setObject(i + 1, row[i]);
          }
        });
  }

  private static String like(String prefix) {
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
