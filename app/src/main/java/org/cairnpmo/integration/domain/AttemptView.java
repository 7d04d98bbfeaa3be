package org.cairnpmo.integration.domain;

import java.time.Instant;

/**
 * One attempt of a delivery: the receiver's status and the first KB of its answer, or the error.
 */
public record AttemptView(
    int attempt,
    Instant startedAt,
    long durationMs,
    Integer statusCode,
    String response,
    String error) {

  public boolean succeeded() {
    return statusCode != null && statusCode >= 200 && statusCode < 300;
  }
}
