package org.cairnpmo.practices.compliance;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.platform.InLists;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The items of their method that projects marked done, and how many lessons each project has: the
 * practices module's own tables.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ComplianceMarks {

  private final NamedParameterJdbcTemplate jdbc;

  /** One mark: a deliverable delivered (with where it is) or a checklist item done. */
  record Mark(MarkKind kind, String phase, String item, String reference, Instant at, String by) {

    String key() {
      return key(kind, phase, item);
    }

    static String key(MarkKind kind, String phase, String item) {
      return kind
          + "|"
          + phase.toLowerCase(java.util.Locale.ROOT)
          + "|"
          + item.toLowerCase(java.util.Locale.ROOT);
    }
  }

  Map<Long, Map<String, Mark>> of(Collection<Long> projectIds) {
    Map<Long, Map<String, Mark>> result = new HashMap<>();
    for (List<Long> chunk : InLists.chunks(projectIds)) {
      jdbc.query(
          "select project_id, kind, phase_name, item, reference, marked_at, marked_by"
              + " from prc_compliance_mark where project_id in (:ids)",
          Map.of("ids", chunk),
          rs -> {
            Mark m =
                new Mark(
                    MarkKind.valueOf(rs.getString("kind")),
                    rs.getString("phase_name"),
                    rs.getString("item"),
                    rs.getString("reference"),
                    rs.getTimestamp("marked_at").toInstant(),
                    rs.getString("marked_by"));
            result.computeIfAbsent(rs.getLong("project_id"), k -> new HashMap<>()).put(m.key(), m);
          });
    }
    return result;
  }

  Map<Long, Integer> lessonCounts(Collection<Long> projectIds) {
    Map<Long, Integer> result = new HashMap<>();
    for (List<Long> chunk : InLists.chunks(projectIds)) {
      jdbc.query(
          "select project_id, count(*) as n from prc_lesson where status <> 'MERGED'"
              + " and project_id in (:ids) group by project_id",
          Map.of("ids", chunk),
          rs -> {
            result.put(rs.getLong("project_id"), rs.getInt("n"));
          });
    }
    return result;
  }

  /** Marks the item done, or changes its reference; the same mark twice is one mark. */
  void mark(
      long projectId,
      MarkKind kind,
      String phase,
      String item,
      String reference,
      Instant at,
      String by) {
    Map<String, Object> params = new HashMap<>();
    params.put("p", projectId);
    params.put("k", kind.name());
    params.put("ph", phase);
    params.put("i", item);
    params.put("r", reference);
    params.put("at", Timestamp.from(at));
    params.put("by", by);
    int changed =
        jdbc.update(
            "update prc_compliance_mark set reference = :r, marked_at = :at, marked_by = :by"
                + " where project_id = :p and kind = :k and phase_name = :ph and item = :i",
            params);
    if (changed == 0) {
      jdbc.update(
          "insert into prc_compliance_mark (project_id, kind, phase_name, item, reference,"
              + " marked_at, marked_by) values (:p, :k, :ph, :i, :r, :at, :by)",
          params);
    }
  }

  /** Takes the mark back; nothing happens if there was none. */
  void unmark(long projectId, MarkKind kind, String phase, String item) {
    jdbc.update(
        "delete from prc_compliance_mark where project_id = :p and kind = :k"
            + " and phase_name = :ph and item = :i",
        Map.of("p", projectId, "k", kind.name(), "ph", phase, "i", item));
  }
}
