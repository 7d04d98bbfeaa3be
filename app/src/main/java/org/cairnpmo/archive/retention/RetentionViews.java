package org.cairnpmo.archive.retention;

import java.time.Instant;

/** What the Archive page and the API show of retention. */
public final class RetentionViews {

  private RetentionViews() {}

  /** A rule; {@code scope} is DEFAULT or a project category's name. */
  public record Rule(long id, String scope, String scopeLabel, int keepYears, long version) {}

  /** A legal hold on a project. */
  public record Hold(
      long projectId, String projectCode, String reason, String heldBy, Instant heldAt) {}

  /** One purge in the log. */
  public record Purge(
      long projectId,
      String projectCode,
      Instant purgedAt,
      String purgedBy,
      int versions,
      long sizeBytes,
      String rule) {}

  /** What one run of the purge did. */
  public record Run(int projects, int versions, long bytes) {}
}
