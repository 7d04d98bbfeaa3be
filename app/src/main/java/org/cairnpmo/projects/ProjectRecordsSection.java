package org.cairnpmo.projects;

import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One module's part of a closed project's archive bundle: it writes the project's records it owns
 * as JSON and recreates them from that JSON in another Cairn. Each module implements it next to its
 * own repositories, so the archive that assembles the bundle never reads another module's tables;
 * the interface lives here because every module that holds project records already depends on the
 * register.
 *
 * <p>Records carry usernames, codes and names, never an id of this Cairn except as {@code
 * original_id}: the bundle is read where those ids mean nothing. The schema of each section is
 * written in {@code docs/archive-bundle.md}; a change to it raises {@link #schemaVersion()}.
 */
public interface ProjectRecordsSection {

  /** The section's name, also its file in the bundle ({@code <name>.json}); lower case. */
  String name();

  /** The version of this section's schema; a bundle with a newer one is refused on import. */
  int schemaVersion();

  /**
   * The order sections are restored in: the register's own section comes first, since it creates
   * the project the others hang on.
   */
  default int order() {
    return 100;
  }

  /** Writes the project's records into {@code section}; returns how many records it wrote. */
  int write(long projectId, ObjectNode section);

  /**
   * The files the section's records refer to (a document version's bytes), each written into the
   * bundle under its path; the section's JSON names them by that path.
   */
  default List<Attachment> attachments(long projectId) {
    return List.of();
  }

  /**
   * Recreates the records of {@code section} (written by {@link #write}, in a schema version no
   * newer than this one's) on the project {@link ImportContext#projectId()}, within the caller's
   * transaction. Returns how many records it recreated.
   */
  int read(JsonNode section, ImportContext context);

  /** A file of the bundle: its path there and what writes its bytes. */
  record Attachment(String path, Consumer<OutputStream> content) {}
}
