package org.cairnpmo.platform.backup;

import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code cairn.backup.*}: where backups of the embedded database are written, the backup to restore
 * into an empty database at start ({@code restore-from}, empty: none), when backups are made on
 * their own ({@code schedule}, a cron; {@code -} or unset: never) and how many of those scheduled
 * ones are kept ({@code keep}; an administrator's own backups are never deleted by Cairn).
 */
@Validated
@ConfigurationProperties(prefix = "cairn.backup")
public record BackupSettings(
    @DefaultValue("./data/backups") Path directory,
    Path restoreFrom,
    @DefaultValue("-") String schedule,
    @DefaultValue("7") @Min(value = 1, message = "Keep at least one scheduled backup") int keep) {}
