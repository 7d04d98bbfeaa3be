package org.cairnpmo.projects;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.cairnpmo.platform.history.ChangeSet;
import org.cairnpmo.platform.history.RecordHistory;
import org.springframework.data.domain.PageRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The value conventions every {@link ProjectRecordsSection} writes and reads, in one place. */
public final class RecordsJson {

  private RecordsJson() {}

  /** A person as {@code {"username", "name"}}, or null when there is none. */
  public static void person(ObjectNode node, String field, String username, String name) {
    if (username == null) {
      node.putNull(field);
    } else {
      node.putObject(field).put("username", username).put("name", name);
    }
  }

  /** A text field, or null when the record has none (missing or JSON null). */
  public static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isMissingNode() || value.isNull() ? null : value.asString();
  }

  /** An instant in ISO-8601 UTC, or null. */
  public static String instant(Instant at) {
    return at == null ? null : at.toString();
  }

  /** An instant written by {@link #instant}, or null. */
  public static Instant instant(JsonNode node, String field) {
    String at = text(node, field);
    return at == null ? null : Instant.parse(at);
  }

  /** The most change sets of one record a bundle carries. */
  private static final int MAX_CHANGE_SETS = 10_000;

  /**
   * The record's change log as {@code history}: {@code [{changed_at, changed_by, action, changes:
   * [{field, old_value, new_value}]}]}, oldest first, read through {@link RecordHistory} for the
   * record of {@code kind} and {@code id}.
   */
  public static void history(ObjectNode node, RecordHistory log, String kind, long id) {
    List<ChangeSet> sets =
        log.of(kind, id, PageRequest.of(0, MAX_CHANGE_SETS)).getContent().stream()
            .sorted(
                Comparator.comparing(
                    ChangeSet::changedAt, Comparator.nullsFirst(Comparator.naturalOrder())))
            .toList();
    ArrayNode history = node.putArray("history");
    for (ChangeSet set : sets) {
      ObjectNode entry =
          history
              .addObject()
              .put("changed_at", instant(set.changedAt()))
              .put("changed_by", set.changedBy())
              .put("action", set.action());
      ArrayNode changes = entry.putArray("changes");
      for (ChangeSet.FieldChange c : set.changes()) {
        changes
            .addObject()
            .put("field", c.field())
            .put("old_value", c.oldValue())
            .put("new_value", c.newValue());
      }
    }
  }
}
