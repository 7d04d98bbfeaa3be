package org.cairnpmo.platform.backup;

import java.time.Instant;
import java.util.Locale;

/**
 * One backup in the backup folder: its file name, size, when it was written, and whether the
 * schedule made it ({@code cairn.backup.schedule}; only those are deleted by the retention count)
 * or an administrator did.
 */
public record BackupFile(String name, long sizeBytes, Instant createdAt, boolean scheduled) {

  /** The size as the page shows it. */
  public String size() {
    if (sizeBytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", sizeBytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024));
  }
}
