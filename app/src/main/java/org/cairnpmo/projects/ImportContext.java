package org.cairnpmo.projects;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * What the sections of a bundle share while it is imported: the new project's id once the register
 * has created it, the code it gets, people found by username, and the people this Cairn does not
 * know (kept as text: their username and name as the bundle had them).
 */
public final class ImportContext {

  private final String bundleName;
  private final String code;
  private final String actor;
  private final Function<String, Optional<Long>> usersByName;
  private final Function<String, Optional<Path>> files;
  private final Map<String, String> unknownPeople = new LinkedHashMap<>();
  private Long projectId;
  private java.time.LocalDate originallyFinished;

  public ImportContext(
      String bundleName,
      String code,
      String actor,
      Function<String, Optional<Long>> usersByName,
      Function<String, Optional<Path>> files) {
    this.bundleName = bundleName;
    this.files = files;
    this.code = code;
    this.actor = actor;
    this.usersByName = usersByName;
  }

  /** The bundle's file name, for the notes that say where records came from. */
  public String bundleName() {
    return bundleName;
  }

  /** The code the imported project gets. */
  public String code() {
    return code;
  }

  /** The username of who imports. */
  public String actor() {
    return actor;
  }

  /** The imported project; the register's section sets it first. */
  public long projectId() {
    if (projectId == null) {
      throw new IllegalStateException("The register's section creates the project first");
    }
    return projectId;
  }

  /** Set by the register's section when it has created the project. */
  public void projectCreated(long id) {
    if (projectId != null) {
      throw new IllegalStateException("The project was created already");
    }
    this.projectId = id;
  }

  /** The day the project was closed in the Cairn it comes from; null if the bundle does not say. */
  public java.time.LocalDate originallyFinished() {
    return originallyFinished;
  }

  /** Set by the register's section from the bundle. */
  public void originallyFinished(java.time.LocalDate day) {
    this.originallyFinished = day;
  }

  /**
   * The user of this Cairn with the username a person object ({@code {"username", "name"}}) gives;
   * empty (and remembered as unknown) if there is none.
   */
  public Optional<Long> user(JsonNode person) {
    if (person == null || person.isNull() || person.isMissingNode()) {
      return Optional.empty();
    }
    String username = person.path("username").asString("");
    Optional<Long> found = username.isEmpty() ? Optional.empty() : usersByName.apply(username);
    if (found.isEmpty() && !username.isEmpty()) {
      unknownPeople.putIfAbsent(username, person.path("name").asString(username));
    }
    return found;
  }

  /**
   * A file of the bundle a section's records refer to (see {@link
   * ProjectRecordsSection#attachments}), its checksum already verified; empty if the bundle has no
   * such file.
   */
  public Optional<Path> file(String path) {
    return files.apply(path);
  }

  /** The people the bundle names whom this Cairn does not know: username to name. */
  public Map<String, String> unknownPeople() {
    return Collections.unmodifiableMap(unknownPeople);
  }
}
