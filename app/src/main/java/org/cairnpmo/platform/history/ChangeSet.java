package org.cairnpmo.platform.history;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * What one transaction did to one record: created it, changed some of its fields, or deleted it;
 * who did it and when. {@code changedBy} is as the log keeps it (a username, or automatic work:
 * "Cairn (automatic): archive retention"); {@code changedByName} is as people read it: the person's
 * display name, or the automatic work's name ("system", of older entries, reads as Cairn's).
 */
public record ChangeSet(
    String id,
    Instant changedAt,
    String changedBy,
    String changedByName,
    String action,
    List<FieldChange> changes) {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  /** The moment as pages show it. */
  public String when() {
    return changedAt == null ? "" : WHEN.format(changedAt);
  }

  /** One field's change; {@code label} is its name for people. */
  public record FieldChange(String field, String label, String oldValue, String newValue) {}
}
