package org.cairnpmo.archive.bundle;

import java.time.Instant;

/** A stored bundle as the Archive page and the API list it. */
public record StoredBundleView(
    long id,
    long projectId,
    String projectCode,
    String projectName,
    String fileName,
    long sizeBytes,
    String sha256,
    Instant storedAt,
    String storedBy) {

  /** "1.2 MB", for people. */
  public String size() {
    return sizeBytes < 1024 * 1024
        ? String.format(java.util.Locale.ROOT, "%.1f KB", sizeBytes / 1024.0)
        : String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024));
  }
}
