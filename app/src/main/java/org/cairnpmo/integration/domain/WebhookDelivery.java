package org.cairnpmo.integration.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import org.cairnpmo.platform.GeneratedId;

/**
 * One event for one webhook. Its state moves by single UPDATEs of {@link DeliveryClaims} (claim,
 * outcome), so that two nodes never both send it; JPA only writes the new row and reads it back.
 */
@Entity
@Table(name = "int_delivery")
@Getter
class WebhookDelivery extends GeneratedId {

  private long webhookId;
  private String eventId;
  private String eventType;
  private String payload;

  @Enumerated(EnumType.STRING)
  private DeliveryStatus status;

  private int attempts;
  private Instant nextAttemptAt;
  private String claimToken;
  private Instant claimedAt;
  private Instant createdAt;
  private Instant finishedAt;
  private Integer lastStatus;
  private String lastError;

  protected WebhookDelivery() {}

  WebhookDelivery(long webhookId, String eventId, String eventType, String payload, Instant now) {
    this.webhookId = webhookId;
    this.eventId = eventId;
    this.eventType = eventType;
    this.payload = payload;
    this.status = DeliveryStatus.PENDING;
    this.attempts = 0;
    this.nextAttemptAt = now;
    this.createdAt = now;
  }

  DeliveryView toView() {
    return new DeliveryView(
        getId(),
        webhookId,
        eventId,
        eventType,
        status,
        attempts,
        status == DeliveryStatus.PENDING ? nextAttemptAt : null,
        createdAt,
        finishedAt,
        lastStatus,
        lastError);
  }
}
