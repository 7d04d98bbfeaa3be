package org.cairnpmo.integration.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Webhook secrets: made, sealed for the database and opened again to sign. A secret must be
 * recoverable (HMAC needs it), so it cannot be hashed like a password. With {@code
 * cairn.integration.webhooks.secret-key} set it is sealed with AES-GCM ({@code v1:} and base64 of
 * the nonce and the ciphertext), so a copy of the database alone does not give it away; without a
 * key it is stored as given ({@code plain:}), which a log line says at start. A secret stored plain
 * is still read once a key is set, and sealed the next time it is written.
 */
@Component
class WebhookSecrets {

  private static final Logger log = LoggerFactory.getLogger(WebhookSecrets.class);
  private static final String SEALED = "v1:";
  private static final String PLAIN = "plain:";
  private static final int NONCE = 12;

  private final SecureRandom random = new SecureRandom();
  private final SecretKeySpec key;

  WebhookSecrets(WebhookSettings settings) {
    String configured = settings.secretKey() == null ? "" : settings.secretKey().strip();
    if (configured.isEmpty()) {
      key = null;
      log.info(
          "Webhook secrets are stored unencrypted: set cairn.integration.webhooks.secret-key"
              + " (a base64 AES key) to encrypt them.");
    } else {
      byte[] bytes = Base64.getDecoder().decode(configured);
      if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
        throw new IllegalArgumentException(
            "cairn.integration.webhooks.secret-key must be 16, 24 or 32 bytes in base64");
      }
      key = new SecretKeySpec(bytes, "AES");
    }
  }

  /** A new secret: 32 random bytes as 64 hex digits. */
  String generate() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  String seal(String secret) {
    if (key == null) {
      return PLAIN + secret;
    }
    try {
      byte[] nonce = new byte[NONCE];
      random.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
      byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
      byte[] out = new byte[NONCE + sealed.length];
      System.arraycopy(nonce, 0, out, 0, NONCE);
      System.arraycopy(sealed, 0, out, NONCE, sealed.length);
      return SEALED + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot encrypt a webhook secret", e);
    }
  }

  String open(String stored) {
    if (stored.startsWith(PLAIN)) {
      return stored.substring(PLAIN.length());
    }
    if (key == null) {
      throw new IllegalStateException(
          "A webhook secret is encrypted but cairn.integration.webhooks.secret-key is not set");
    }
    try {
      byte[] in = Base64.getDecoder().decode(stored.substring(SEALED.length()));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, NONCE));
      return new String(cipher.doFinal(in, NONCE, in.length - NONCE), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot decrypt a webhook secret: another key?", e);
    }
  }
}
