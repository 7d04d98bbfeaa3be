package org.cairnpmo.platform.backup;

import java.time.Instant;

/** One backup in the backup folder: its file name, size and when it was written. */
public record BackupFile(String name, long sizeBytes, Instant createdAt) {}
