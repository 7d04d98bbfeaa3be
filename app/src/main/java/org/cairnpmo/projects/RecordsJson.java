package org.cairnpmo.projects;

import java.time.Instant;
import tools.jackson.databind.JsonNode;
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
}
