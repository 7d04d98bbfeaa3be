package org.cairnpmo.archive.retention;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.cairnpmo.platform.history.AutomaticWork;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the retention purge daily on {@code cairn.archive.retention.cron} (02:30 by default), on one
 * node at a time; {@code cairn.archive.retention.enabled=false} turns it off.
 */
@Component
@ConditionalOnBooleanProperty(name = "cairn.archive.retention.enabled", matchIfMissing = true)
class RetentionJob {

  private final RetentionService retention;

  RetentionJob(RetentionService retention) {
    this.retention = retention;
  }

  @Scheduled(cron = "${cairn.archive.retention.cron:0 30 2 * * *}")
  @SchedulerLock(name = "archive-retention", lockAtMostFor = "PT2H", lockAtLeastFor = "PT1M")
  public void run() {
    AutomaticWork.run("archive retention", () -> retention.run(RetentionService.SYSTEM));
  }
}
