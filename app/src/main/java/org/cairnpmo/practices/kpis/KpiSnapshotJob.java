package org.cairnpmo.practices.kpis;

import java.time.Clock;
import java.time.YearMonth;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.cairnpmo.platform.history.AutomaticWork;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Takes the snapshot of the month just ended, as of its last day, early on each month's first day
 * ({@code cairn.practices.kpi-snapshots.cron}), on one node at a time (ShedLock). On unless {@code
 * cairn.practices.kpi-snapshots.enabled=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "cairn.practices.kpi-snapshots.enabled", matchIfMissing = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class KpiSnapshotJob {

  static final String BY = "system";

  private final KpiSnapshots snapshots;
  private final Clock clock;

  @Scheduled(cron = "${cairn.practices.kpi-snapshots.cron:0 30 2 1 * *}")
  @SchedulerLock(name = "practices-kpi-snapshot", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
  public void run() {
    AutomaticWork.run(
        "KPI snapshots", () -> snapshots.take(YearMonth.now(clock).minusMonths(1), BY));
  }
}
