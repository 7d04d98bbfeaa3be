package org.cairnpmo.integration.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the deliveries of one event: the versioned envelope ({@code id}, {@code type}, {@code
 * version}, {@code occurredAt}, {@code data}) once, and one PENDING delivery for each active
 * webhook that subscribes to the type, all in the caller's transaction. The dispatcher sends them.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WebhookOutbox {

  /** The envelope's {@code version}: raised only when a field changes meaning or goes away. */
  static final int ENVELOPE_VERSION = 1;

  private final WebhookRepository webhooks;
  private final WebhookDeliveryRepository deliveries;
  private final JsonMapper json;
  private final Clock clock;

  /** Deliveries of {@code type} for every subscribed webhook; none when nobody subscribes. */
  @Transactional
  public List<WebhookDelivery> enqueue(
      WebhookEventType type, Instant occurredAt, Map<String, Object> data) {
    List<Webhook> subscribed =
        webhooks.findByActiveTrue().stream().filter(w -> w.subscribes(type)).toList();
    if (subscribed.isEmpty()) {
      return List.of();
    }
    String eventId = UUID.randomUUID().toString();
    String payload = envelope(eventId, type.key(), occurredAt, data);
    Instant now = clock.instant();
    return subscribed.stream()
        .map(
            webhook ->
                deliveries.save(
                    new WebhookDelivery(webhook.getId(), eventId, type.key(), payload, now)))
        .toList();
  }

  /** A {@code ping} for one webhook, whatever it subscribes to and whether it is active. */
  @Transactional
  public WebhookDelivery ping(Webhook webhook, String by) {
    String eventId = UUID.randomUUID().toString();
    Instant now = clock.instant();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("webhookId", webhook.getId());
    data.put("requestedBy", by);
    String payload = envelope(eventId, WebhookEventType.PING, now, data);
    return deliveries.saveAndFlush(
        new WebhookDelivery(webhook.getId(), eventId, WebhookEventType.PING, payload, now));
  }

  private String envelope(String id, String type, Instant occurredAt, Map<String, Object> data) {
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("id", id);
    envelope.put("type", type);
    envelope.put("version", ENVELOPE_VERSION);
    envelope.put("occurredAt", occurredAt.toString());
    envelope.put("data", data);
    return json.writeValueAsString(envelope);
  }
}
