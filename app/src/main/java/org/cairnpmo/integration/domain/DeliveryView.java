package org.cairnpmo.integration.domain;

import java.time.Instant;

/**
 * A delivery of the log: its event, where it stands, how many attempts it took and the last answer.
 * {@code nextAttemptAt} is set only while it waits for a retry.
 */
public record DeliveryView(
    long id,
    long webhookId,
    String eventId,
    String eventType,
    DeliveryStatus status,
    int attempts,
    Instant nextAttemptAt,
    Instant createdAt,
    Instant finishedAt,
    Integer lastStatus,
    String lastError) {}
