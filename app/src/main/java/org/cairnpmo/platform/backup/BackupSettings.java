package org.cairnpmo.platform.backup;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cairn.backup.*}: where an administrator's backups of the embedded database are written,
 * and the backup to restore into an empty database at start ({@code restore-from}, empty: none).
 */
@ConfigurationProperties(prefix = "cairn.backup")
public record BackupSettings(@DefaultValue("./data/backups") Path directory, Path restoreFrom) {}
