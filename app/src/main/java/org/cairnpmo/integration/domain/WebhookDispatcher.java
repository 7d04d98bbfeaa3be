package org.cairnpmo.integration.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries. Every node runs it every {@code dispatch-interval}; no lock is needed,
 * because each delivery is claimed on its own ({@link DeliveryClaims#claim}) and only one node's
 * claim succeeds. A delivery is sent outside any transaction, then its outcome is written:
 * DELIVERED on a 2xx, FAILED after the last attempt, otherwise PENDING again after the backoff (1,
 * 2, 4, ... times {@code first-retry}, at most {@code max-retry}). A node that stops while sending
 * leaves a SENDING row that another node takes back once the lease has passed: that delivery may
 * then reach its receiver twice (at least once, never lost), which {@code X-Cairn-Delivery} lets it
 * notice.
 */
@Component
public class WebhookDispatcher {

  private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

  private final DeliveryClaims claims;
  private final WebhookDeliveryRepository deliveries;
  private final WebhookRepository webhooks;
  private final WebhookSecrets secrets;
  private final WebhookSender sender;
  private final WebhookSettings settings;
  private final Clock clock;

  WebhookDispatcher(
      DeliveryClaims claims,
      WebhookDeliveryRepository deliveries,
      WebhookRepository webhooks,
      WebhookSecrets secrets,
      WebhookSender sender,
      WebhookSettings settings,
      Clock clock) {
    this.claims = claims;
    this.deliveries = deliveries;
    this.webhooks = webhooks;
    this.secrets = secrets;
    this.sender = sender;
    this.settings = settings;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${cairn.integration.webhooks.dispatch-interval:10s}",
      initialDelayString = "${cairn.integration.webhooks.dispatch-interval:10s}")
  void run() {
    try {
      dispatchDue(clock.instant());
    } catch (RuntimeException e) {
      log.warn("Webhook dispatch failed; it runs again at the next interval", e);
    }
  }

  /** Purges finished deliveries older than {@code retention-days}, daily, on one node. */
  @Scheduled(cron = "${cairn.integration.webhooks.purge-cron:0 45 2 * * *}")
  @SchedulerLock(name = "webhook-purge", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
  public void purge() {
    int purged =
        purgeFinishedBefore(clock.instant().minus(Duration.ofDays(settings.retentionDays())));
    if (purged > 0) {
      log.info("Purged {} finished webhook deliveries", purged);
    }
  }

  /** Removes the deliveries (and their attempts) that finished before {@code before}. */
  public int purgeFinishedBefore(Instant before) {
    return claims.purge(before);
  }

  /** Sends what is due at {@code now}, up to {@code batch-size}; answers how many it sent. */
  public int dispatchDue(Instant now) {
    int sent = 0;
    for (long id : claims.due(now, now.minus(settings.lease()), settings.batchSize())) {
      if (dispatch(id, now).isPresent()) {
        sent++;
      }
    }
    return sent;
  }

  /** Claims and sends one delivery; empty when another node has it or it is not due. */
  Optional<Sent> dispatch(long id, Instant now) {
    Optional<String> token = claims.claim(id, now, now.minus(settings.lease()));
    if (token.isEmpty()) {
      return Optional.empty();
    }
    WebhookDelivery delivery = deliveries.findById(id).orElse(null);
    if (delivery == null) {
      return Optional.empty();
    }
    int attempt = delivery.getAttempts();
    Webhook webhook = webhooks.findById(delivery.getWebhookId()).orElse(null);
    Sent sent;
    if (webhook == null || (!webhook.isActive() && !isPing(delivery))) {
      sent = Sent.notSent("The webhook is inactive");
      claims.finish(id, token.get(), attempt, now, sent, DeliveryStatus.FAILED, null, now);
      return Optional.of(sent);
    }
    try {
      sent =
          sender.send(
              webhook.getUrl(),
              secrets.open(webhook.getSecret()),
              delivery.getEventType(),
              id,
              delivery.getPayload());
    } catch (RuntimeException e) {
      // A secret that cannot be opened (another key) is this delivery's failure, not the round's.
      log.warn("Webhook delivery {} not sent", id, e);
      sent = Sent.notSent("Not sent: " + e.getMessage());
    }
    DeliveryStatus status;
    Instant next = null;
    if (sent.succeeded()) {
      status = DeliveryStatus.DELIVERED;
    } else if (attempt >= settings.maxAttempts() || isPing(delivery)) {
      status = DeliveryStatus.FAILED;
    } else {
      status = DeliveryStatus.PENDING;
      next = now.plus(settings.backoff(attempt + 1));
    }
    claims.finish(id, token.get(), attempt, now, sent, status, next, now);
    return Optional.of(sent);
  }

  private static boolean isPing(WebhookDelivery delivery) {
    return WebhookEventType.PING.equals(delivery.getEventType());
  }
}
