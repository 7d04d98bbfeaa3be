package org.cairnpmo.integration.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cairn.integration.webhooks.*}: how deliveries are sent and retried.
 *
 * @param maxAttempts attempts before a delivery is FAILED (the first included)
 * @param firstRetry the wait after the first failure; each later wait doubles, up to {@code
 *     maxRetry}
 * @param connectTimeout how long a connection to the receiver may take
 * @param requestTimeout how long the whole answer may take
 * @param dispatchInterval how often each node looks for due deliveries
 * @param batchSize the most deliveries one node claims per round
 * @param lease how long a claim holds; a SENDING delivery claimed longer ago is taken back
 * @param retentionDays finished deliveries (and their attempts) older than this are purged daily
 * @param secretKey a base64 AES key (16, 24 or 32 bytes) that encrypts the stored secrets; empty:
 *     secrets are stored as given (see docs/webhooks.md)
 * @param refuseLinkLocal refuse to send to link-local addresses (169.254.0.0/16, fe80::/10), where
 *     cloud metadata services answer
 */
@ConfigurationProperties(prefix = "cairn.integration.webhooks")
public record WebhookSettings(
    @DefaultValue("8") int maxAttempts,
    @DefaultValue("1m") Duration firstRetry,
    @DefaultValue("6h") Duration maxRetry,
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("10s") Duration requestTimeout,
    @DefaultValue("10s") Duration dispatchInterval,
    @DefaultValue("20") int batchSize,
    @DefaultValue("5m") Duration lease,
    @DefaultValue("30") int retentionDays,
    @DefaultValue("") String secretKey,
    @DefaultValue("true") boolean refuseLinkLocal) {

  public WebhookSettings {
    if (maxAttempts < 1 || maxAttempts > 30) {
      throw new IllegalArgumentException("cairn.integration.webhooks.max-attempts: 1 to 30");
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("cairn.integration.webhooks.batch-size: at least 1");
    }
  }

  /** The wait before attempt {@code next} (2 for the first retry): 1, 2, 4, ... times the first. */
  public Duration backoff(int next) {
    Duration wait = firstRetry;
    for (int i = 2; i < next && wait.compareTo(maxRetry) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
  }
}
