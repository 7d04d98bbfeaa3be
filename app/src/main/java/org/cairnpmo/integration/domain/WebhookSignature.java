package org.cairnpmo.integration.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a delivery: HMAC-SHA256, keyed with the webhook's secret, over the timestamp
 * (seconds since 1970, as sent in {@code X-Cairn-Timestamp}), a dot and the raw body. The timestamp
 * is signed so that a receiver can refuse an old request replayed (docs/webhooks.md).
 */
public final class WebhookSignature {

  public static final String SIGNATURE = "X-Cairn-Signature";
  public static final String TIMESTAMP = "X-Cairn-Timestamp";
  public static final String EVENT = "X-Cairn-Event";
  public static final String DELIVERY = "X-Cairn-Delivery";

  private WebhookSignature() {}

  /** {@code sha256=} and the hex digits of the HMAC. */
  public static String sign(String secret, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return "sha256="
          + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
