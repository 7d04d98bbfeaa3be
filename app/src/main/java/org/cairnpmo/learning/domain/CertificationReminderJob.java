package org.cairnpmo.learning.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.cairnpmo.platform.history.AutomaticWork;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the certification reminders and the reminders of the sessions starting in the next two days
 * ({@link SessionReminders}) on {@code cairn.learning.reminders.cron} when {@code
 * cairn.learning.reminders.enabled=true}, on one node at a time (ShedLock's table {@code
 * shedlock}).
 */
@Component
@ConditionalOnBooleanProperty("cairn.learning.reminders.enabled")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CertificationReminderJob {

  private final CertificationReminders reminders;
  private final SessionReminders sessions;

  @Scheduled(cron = "${cairn.learning.reminders.cron:0 30 6 * * *}")
  @SchedulerLock(
      name = "learning-certification-reminders",
      lockAtMostFor = "PT30M",
      lockAtLeastFor = "PT1M")
  public void run() {
    AutomaticWork.run(
        "learning reminders",
        () -> {
          reminders.sendTodaysReminders();
          sessions.sendDueReminders();
        });
  }
}
