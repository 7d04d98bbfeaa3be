package org.cairnpmo.platform.backup;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.cairnpmo.platform.history.AutomaticWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Backs the embedded database up on {@code cairn.backup.schedule} (off unless set), on one node at
 * a time, keeping the newest {@code cairn.backup.keep} scheduled backups. On PostgreSQL it does
 * nothing but say so: pg_dump from cron is the way there (docs/backup.md).
 */
@Component
class ScheduledBackupJob {

  private static final Logger log = LoggerFactory.getLogger(ScheduledBackupJob.class);

  private final DatabaseBackup backups;
  private final BackupSettings settings;

  ScheduledBackupJob(DatabaseBackup backups, BackupSettings settings) {
    this.backups = backups;
    this.settings = settings;
  }

  @Scheduled(cron = "${cairn.backup.schedule:-}")
  @SchedulerLock(name = "database-backup", lockAtMostFor = "PT2H", lockAtLeastFor = "PT1M")
  public void run() {
    run(settings.keep());
  }

  /** One scheduled backup keeping {@code keep} of them; the tests name their own count. */
  BackupFile run(int keep) {
    if (!backups.available()) {
      log.warn(
          "cairn.backup.schedule is set, but Cairn backs up only its embedded H2 database; back"
              + " PostgreSQL up with scripts/backup-postgres.sh from cron (docs/backup.md).");
      return null;
    }
    BackupFile backup = AutomaticWork.call("database backup", () -> backups.backUpOnSchedule(keep));
    log.info("Scheduled backup {} written ({} bytes)", backup.name(), backup.sizeBytes());
    return backup;
  }
}
