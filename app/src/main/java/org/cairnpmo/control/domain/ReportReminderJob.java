package org.cairnpmo.control.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.cairnpmo.platform.history.AutomaticWork;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the status report reminders on {@code cairn.control.reminders.cron} when {@code
 * cairn.control.reminders.enabled=true}, on one node at a time (ShedLock's table {@code shedlock}).
 */
@Component
@ConditionalOnBooleanProperty("cairn.control.reminders.enabled")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReportReminderJob {

  private final ReportReminderService reminders;

  @Scheduled(cron = "${cairn.control.reminders.cron:0 0 7 * * *}")
  @SchedulerLock(
      name = "control-report-reminders",
      lockAtMostFor = "PT30M",
      lockAtLeastFor = "PT1M")
  public void run() {
    AutomaticWork.run("report reminders", reminders::sendTodaysReminders);
  }
}
