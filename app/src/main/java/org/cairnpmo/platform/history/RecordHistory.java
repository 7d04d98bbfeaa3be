package org.cairnpmo.platform.history;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.platform.InvalidInputException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Reads a record's history from the change log, one change set per entry, newest first, and
 * restores one an archive bundle carries ({@link #restore}). Callers check first that the viewer
 * may see the record ({@link HistoryAccess}); this service does not.
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

  /** The most change sets of one record {@link #restore} takes, as many as a bundle carries. */
  public static final int MAX_RESTORED_SETS = 10_000;

  /** The most field changes of one change set {@link #restore} takes. */
  private static final int MAX_RESTORED_CHANGES = 1_000;

  private static final Set<String> ACTIONS = Set.of("created", "changed", "deleted");

  private static final String INSERT =
      "insert into hst_change (change_set, record_kind, record_id, action, field, old_value,"
          + " new_value, changed_by, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /**
   * Writes a record's change log as another Cairn kept it (an archive bundle's {@code history}:
   * {@code [{changed_at, changed_by, action, changes: [{field, old_value, new_value}]}]}, oldest
   * first) under the record's new {@code id}, with its original times, people and values; each
   * entry becomes a change set of its own. Within the caller's transaction; the entries come before
   * whatever the transaction itself logs for the record. A missing or null {@code history} restores
   * nothing; an entry that is not of that form refuses the whole log ({@link InvalidInputException}
   * on the field {@code file}), and texts longer than the log's columns are cut. Returns how many
   * change sets it wrote.
   */
  @Transactional
  public int restore(String kind, long id, JsonNode history) {
    if (history == null || history.isMissingNode() || history.isNull()) {
      return 0;
    }
    if (!history.isArray() || history.size() > MAX_RESTORED_SETS) {
      throw refused(kind, "its history is not a list of at most " + MAX_RESTORED_SETS + " entries");
    }
    List<Object[]> rows = new ArrayList<>();
    for (JsonNode entry : history) {
      String action = entry.path("action").asString("");
      String by = cut(entry.path("changed_by").asString(""), 60);
      Instant at = restoredInstant(entry.path("changed_at"), kind);
      if (!entry.isObject() || !ACTIONS.contains(action) || by.isBlank()) {
        throw refused(kind, "a history entry lacks its action, author or time");
      }
      JsonNode changes = entry.path("changes");
      if (!changes.isMissingNode()
          && !changes.isNull()
          && (!changes.isArray() || changes.size() > MAX_RESTORED_CHANGES)) {
        throw refused(kind, "a history entry's changes are not a list");
      }
      String set = UUID.randomUUID().toString();
      OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
      if (!"changed".equals(action) || changes.isEmpty()) {
        rows.add(new Object[] {set, kind, id, action, null, null, null, by, when});
      }
      if ("changed".equals(action)) {
        for (JsonNode change : changes) {
          String field = change.path("field").asString("");
          if (!change.isObject() || field.isBlank()) {
            throw refused(kind, "a change in its history names no field");
          }
          rows.add(
              new Object[] {
                set,
                kind,
                id,
                action,
                cut(field, 200),
                cut(value(change, "old_value"), 1000),
                cut(value(change, "new_value"), 1000),
                by,
                when
              });
        }
      }
    }
    for (Object[] row : rows) {
      jdbc.sql(INSERT).params(row).update();
    }
    return history.size();
  }

  private static Instant restoredInstant(JsonNode at, String kind) {
    try {
      return Instant.parse(at.asString(""));
    } catch (DateTimeParseException e) {
      throw refused(kind, "a history entry's time is not an ISO-8601 instant");
    }
  }

  private static String value(JsonNode change, String field) {
    JsonNode value = change.path(field);
    return value.isMissingNode() || value.isNull() ? null : value.asString();
  }

  private static String cut(String text, int length) {
    return text == null || text.length() <= length ? text : text.substring(0, length);
  }

  private static InvalidInputException refused(String kind, String what) {
    return InvalidInputException.of(
        "file", "The bundle's record of kind '" + kind + "' is not valid: " + what + ".");
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
