package org.cairnpmo.platform.history;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a record's history from the change log, one change set per entry, newest first. Callers
 * check first that the viewer may see the record ({@link HistoryAccess}); this service does not.
 */
@Service
@RequiredArgsConstructor
public class RecordHistory {

  private final JdbcClient jdbc;
  private final ObjectProvider<PeopleNames> people;

  @Transactional(readOnly = true)
  public Page<ChangeSet> of(String kind, long id, Pageable pageable) {
    long total =
        jdbc.sql(
                "select count(distinct change_set) from hst_change"
                    + " where record_kind = ? and record_id = ?")
            .params(kind, id)
            .query(Long.class)
            .single();
    if (total == 0 || pageable.getOffset() >= total) {
      return new PageImpl<>(List.of(), pageable, total);
    }
    List<String> sets =
        jdbc.sql(
                "select change_set from hst_change where record_kind = ? and record_id = ?"
                    + " group by change_set order by max(id) desc"
                    + " offset ? rows fetch next ? rows only")
            .params(kind, id, pageable.getOffset(), pageable.getPageSize())
            .query(String.class)
            .list();
    Map<String, ChangeSet> bySet = new LinkedHashMap<>();
    sets.forEach(set -> bySet.put(set, null));
    jdbc.sql(
            "select change_set, action, field, old_value, new_value, changed_by, changed_at"
                + " from hst_change where record_kind = :kind and record_id = :id"
                + " and change_set in (:sets) order by id")
        .param("kind", kind)
        .param("id", id)
        .param("sets", sets)
        .query(
            (rs, n) -> {
              String set = rs.getString("change_set");
              ChangeSet entry = bySet.get(set);
              if (entry == null) {
                entry =
                    new ChangeSet(
                        set,
                        instant(rs.getObject("changed_at", OffsetDateTime.class)),
                        rs.getString("changed_by"),
                        null,
                        rs.getString("action"),
                        new ArrayList<>());
                bySet.put(set, entry);
              }
              String field = rs.getString("field");
              if (field != null) {
                entry
                    .changes()
                    .add(
                        new ChangeSet.FieldChange(
                            field,
                            HistoryValues.label(field),
                            rs.getString("old_value"),
                            rs.getString("new_value")));
              }
              return set;
            })
        .list();
    Map<String, String> names = names(bySet.values());
    List<ChangeSet> content =
        bySet.values().stream()
            .map(
                s ->
                    new ChangeSet(
                        s.id(),
                        s.changedAt(),
                        s.changedBy(),
                        nameOf(s.changedBy(), names),
                        s.action(),
                        List.copyOf(s.changes())))
            .toList();
    return new PageImpl<>(content, pageable, total);
  }

  /** The display names of the people of a page of history, in one query. */
  private Map<String, String> names(Collection<ChangeSet> sets) {
    Set<String> usernames =
        sets.stream()
            .map(ChangeSet::changedBy)
            .filter(by -> by != null && !isAutomatic(by))
            .collect(Collectors.toSet());
    PeopleNames directory = people.getIfAvailable();
    return directory == null || usernames.isEmpty() ? Map.of() : directory.displayNames(usernames);
  }

  private static String nameOf(String by, Map<String, String> names) {
    if (by == null || ChangeListener.SYSTEM.equals(by)) {
      return AutomaticWork.CAIRN;
    }
    return names.getOrDefault(by, by);
  }

  private static boolean isAutomatic(String by) {
    return ChangeListener.SYSTEM.equals(by) || by.startsWith(AutomaticWork.CAIRN);
  }

  private static Instant instant(OffsetDateTime at) {
    return at == null ? null : at.toInstant();
  }
}
