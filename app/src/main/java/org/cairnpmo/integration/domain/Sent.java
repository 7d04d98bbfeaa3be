package org.cairnpmo.integration.domain;

/**
 * What one POST gave: the receiver's status and the first KB of its answer, or the error that kept
 * it from answering (refused, timed out, an address Cairn does not send to).
 */
record Sent(Integer statusCode, String response, String error, long durationMs) {

  static final int RESPONSE_CHARS = 1024;

  boolean succeeded() {
    return statusCode != null && statusCode >= 200 && statusCode < 300;
  }

  /** The error or the status, for the delivery's row. */
  String summary() {
    if (error != null) {
      return error;
    }
    return succeeded() ? null : "HTTP " + statusCode;
  }
}
