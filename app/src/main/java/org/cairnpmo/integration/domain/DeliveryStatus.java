package org.cairnpmo.integration.domain;

/** Where a delivery stands. */
public enum DeliveryStatus {
  /** Waiting for its next attempt (the first one, or a retry after a failure). */
  PENDING,
  /** Claimed by one node's dispatcher, which is sending it now. */
  SENDING,
  /** The receiver answered 2xx. */
  DELIVERED,
  /** The last attempt failed too; only an administrator's redelivery sends it again. */
  FAILED
}
