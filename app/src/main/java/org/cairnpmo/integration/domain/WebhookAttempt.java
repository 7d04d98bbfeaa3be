package org.cairnpmo.integration.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import org.cairnpmo.platform.GeneratedId;

/** One attempt to deliver: the receiver's status and the first KB of its answer, or the error. */
@Entity
@Table(name = "int_attempt")
@Getter
class WebhookAttempt extends GeneratedId {

  private long deliveryId;
  private int attempt;
  private Instant startedAt;
  private long durationMs;
  private Integer statusCode;
  private String response;
  private String error;

  protected WebhookAttempt() {}

  WebhookAttempt(long deliveryId, int attempt, Instant startedAt, Sent sent) {
    this.deliveryId = deliveryId;
    this.attempt = attempt;
    this.startedAt = startedAt;
    this.durationMs = sent.durationMs();
    this.statusCode = sent.statusCode();
    this.response = sent.response();
    this.error = sent.error();
  }

  AttemptView toView() {
    return new AttemptView(attempt, startedAt, durationMs, statusCode, response, error);
  }
}
