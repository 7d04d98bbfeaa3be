package org.cairnpmo.integration.domain;

import java.time.Clock;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.VersionCheck;
import org.cairnpmo.platform.audit.AuditKind;
import org.cairnpmo.platform.audit.AuditLog;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' webhooks: registration (the secret shown once), changes under optimistic
 * locking, removal with the delivery log, the log itself, a redelivery and the test button. Who may
 * call it is the controllers' rule (administrators only); each change is in the audit log.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class WebhookService {

  private final WebhookRepository webhooks;
  private final WebhookDeliveryRepository deliveries;
  private final WebhookAttemptRepository attempts;
  private final WebhookSecrets secrets;
  private final WebhookOutbox outbox;
  private final WebhookDispatcher dispatcher;
  private final DeliveryClaims claims;
  private final AuditLog audit;
  private final Clock clock;

  @Transactional(readOnly = true)
  public List<WebhookView> all() {
    return webhooks.findAllByOrderByNameAscIdAsc().stream().map(Webhook::toView).toList();
  }

  @Transactional(readOnly = true)
  public WebhookView get(long id) {
    return find(id).toView();
  }

  /** Registers a webhook; the answer carries its secret, which is never shown again. */
  @Transactional
  public NewWebhook create(WebhookData data, String by) {
    WebhookRules.check(data);
    String secret = data.secret() != null ? data.secret() : secrets.generate();
    Webhook webhook =
        webhooks.saveAndFlush(new Webhook(data, secrets.seal(secret), by, clock.instant()));
    audit.record(AuditKind.WEBHOOK_CHANGED, webhook.getName(), "registered " + webhook.getUrl());
    return new NewWebhook(webhook.toView(), secret);
  }

  /** Changes a webhook edited at {@code data.version()}; a given secret replaces the old one. */
  @Transactional
  public WebhookView update(long id, WebhookData data, String by) {
    Webhook webhook = find(id);
    VersionCheck.require("Webhook " + webhook.getName(), data.version(), webhook.getVersion());
    WebhookRules.check(data);
    webhook.revise(data, by, clock.instant());
    if (data.secret() != null) {
      webhook.replaceSecret(secrets.seal(data.secret()), by, clock.instant());
    }
    webhooks.saveAndFlush(webhook);
    audit.record(
        AuditKind.WEBHOOK_CHANGED,
        webhook.getName(),
        "changed: " + webhook.getUrl() + (data.secret() != null ? ", new secret" : ""));
    return webhook.toView();
  }

  /** Removes a webhook with its delivery log. */
  @Transactional
  public void delete(long id) {
    Webhook webhook = find(id);
    webhooks.delete(webhook);
    audit.record(AuditKind.WEBHOOK_CHANGED, webhook.getName(), "removed " + webhook.getUrl());
  }

  /** The delivery log of one webhook, as {@code pageable} asks (newest first by default). */
  @Transactional(readOnly = true)
  public Page<DeliveryView> deliveries(long webhookId, Pageable pageable) {
    find(webhookId);
    return deliveries.findByWebhookId(webhookId, pageable).map(WebhookDelivery::toView);
  }

  @Transactional(readOnly = true)
  public DeliveryDetail delivery(long webhookId, long deliveryId) {
    WebhookDelivery delivery = findDelivery(webhookId, deliveryId);
    return new DeliveryDetail(
        delivery.toView(),
        delivery.getPayload(),
        attempts.findByDeliveryIdOrderByAttemptAsc(deliveryId).stream()
            .map(WebhookAttempt::toView)
            .toList());
  }

  /** Sends a finished delivery (FAILED, or DELIVERED) again: due now, attempts from nought. */
  public DeliveryView redeliver(long webhookId, long deliveryId) {
    findDelivery(webhookId, deliveryId);
    if (!claims.again(deliveryId, clock.instant())) {
      throw new BusinessRuleException(
          "delivery-not-finished",
          "Delivery " + deliveryId + " is still being sent; only a finished one is sent again.");
    }
    return findDelivery(webhookId, deliveryId).toView();
  }

  /**
   * Sends a {@code ping} to the webhook now, whether or not it is active, and answers the delivery
   * with its attempt. Not retried: the administrator sees the answer and presses again.
   */
  public DeliveryDetail sendTest(long webhookId, String by) {
    Webhook webhook = find(webhookId);
    long deliveryId = outbox.ping(webhook, by).getId();
    dispatcher.dispatch(deliveryId, clock.instant());
    return delivery(webhookId, deliveryId);
  }

  private Webhook find(long id) {
    return webhooks.findById(id).orElseThrow(() -> new NotFoundException("Webhook", id));
  }

  private WebhookDelivery findDelivery(long webhookId, long deliveryId) {
    find(webhookId);
    return deliveries
        .findByIdAndWebhookId(deliveryId, webhookId)
        .orElseThrow(() -> new NotFoundException("Delivery", deliveryId));
  }
}
