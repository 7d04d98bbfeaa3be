package org.cairnpmo.platform;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again the cross-module events whose listener has not finished (the event publication
 * registry), once they are older than {@code cairn.events.resubmit-after}: on {@code
 * cairn.events.resubmit-cron}, on one node at a time. Spring Modulith's own republication at start
 * is off: it would hand the starting node every unfinished event, including those another node is
 * handling at that moment, and they would be handled twice. An event left unfinished for longer
 * than any listener takes has lost its node, or its listener failed; either way it is tried again.
 */
@Component
class OutstandingEvents {

  private final IncompleteEventPublications publications;
  private final Duration after;

  OutstandingEvents(
      IncompleteEventPublications publications,
      @Value("${cairn.events.resubmit-after:10m}") Duration after) {
    this.publications = publications;
    this.after = after;
  }

  @Scheduled(cron = "${cairn.events.resubmit-cron:0 */5 * * * *}")
  @SchedulerLock(
      name = "platform-event-resubmission",
      lockAtMostFor = "PT30M",
      lockAtLeastFor = "PT1M")
  void resubmit() {
    publications.resubmitIncompletePublicationsOlderThan(after);
  }
}
