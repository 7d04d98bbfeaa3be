package org.cairnpmo.integration.domain;

/**
 * What one POST gave: the receiver's status and the first KB of its answer, or the error that kept
 * it from answering (refused, timed out, an address Cairn does not send to).
 */
record Sent(Integer statusCode, String response, String error, long durationMs) {

  static final int RESPONSE_CHARS = 1024;

  /** The most characters of an error that are kept. */
  static final int ERROR_CHARS = 500;

  /** An attempt that sent nothing, for {@code reason}. */
  static Sent notSent(String reason) {
    return new Sent(null, null, cut(reason), 0);
  }

  static String cut(String text) {
    return text.length() > ERROR_CHARS ? text.substring(0, ERROR_CHARS) : text;
  }

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
